package feedback

import "strconv"

// dims shows a matrix size as a FieldError's value: "3×2".
func dims(rows, cols int) string { return strconv.Itoa(rows) + "×" + strconv.Itoa(cols) }
