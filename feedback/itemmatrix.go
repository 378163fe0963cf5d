package feedback

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// ReliabilityMatrix turns responses into the matrix that
// feedback/reliability's Reliability and CronbachAlpha take: one row per response, one column per item of the
// subscale (all items when subscale is ""), in instrument order, with
// reverse-keyed items re-scored ((Max + Min) − x) and a missing answer NaN.
// It returns the matrix and the columns' item IDs. The responses are
// validated as by [Instrument.ValidateResponses]; an unknown subscale is
// [ErrUnknownItem], and fewer than one response [ErrTooFew].
func (in *Instrument) ReliabilityMatrix(responses []Response, subscale string) (*mat.Dense, []string, error) {
	if err := in.ValidateResponses(responses); err != nil {
		return nil, nil, err
	}
	if subscale != "" && !slices.Contains(in.Subscales(), subscale) {
		return nil, nil, msgUnknownItem.At("subscale", subscale, in.ID)
	}
	if len(responses) == 0 {
		return nil, nil, msgNoResponses.At("responses", nil)
	}
	var cols []int
	var ids []string
	for j, it := range in.Items {
		if subscale == "" || it.Subscale == subscale {
			cols = append(cols, j)
			ids = append(ids, it.ID)
		}
	}
	m := mat.NewDense(len(responses), len(cols), nil)
	idx := in.itemIndex()
	for i := range responses {
		for c := range cols {
			m.Set(i, c, math.NaN())
		}
		for _, a := range responses[i].Answers {
			j := idx[a.Item]
			if c := slices.Index(cols, j); c >= 0 {
				m.Set(i, c, float64(in.ItemScale(j).Rescore(a.Value, in.Items[j].Reverse)))
			}
		}
	}
	return m, ids, nil
}

// Item returns the statistics of the item with the given ID in the cell.
func (c *Cell) Item(id string) (*ItemStats, bool) {
	for i := range c.Items {
		if c.Items[i].Item == id {
			return &c.Items[i], true
		}
	}
	return nil, false
}

// Subscale returns the statistics of the subscale with the given ID in the
// cell.
func (c *Cell) Subscale(id string) (*SubscaleStats, bool) {
	for i := range c.Subscales {
		if c.Subscales[i].Subscale == id {
			return &c.Subscales[i], true
		}
	}
	return nil, false
}
