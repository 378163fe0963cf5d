package feedback

var suppressionText = [...][2]string{
	SuppressedPrimary: {
		"withheld: too few people answered here to keep their answers anonymous",
		"niet getoond: te weinig mensen hebben hier geantwoord om hun antwoorden anoniem te houden"},
	SuppressedComplementary: {
		"withheld: together with the figures shown it would reveal the answers of too few people",
		"niet getoond: samen met de getoonde cijfers zou het de antwoorden van te weinig mensen prijsgeven"},
	SuppressedBound: {
		"withheld: it could not be checked in time that showing it is safe",
		"niet getoond: niet op tijd na te gaan of tonen veilig is"},
}

// Message says why a figure is withheld, in English or, when dutch is
// true, in Dutch, for the reader of a report ("withheld: too few people
// answered here …"). The zero Suppression (released) gives "" and an
// undeclared one its String.
func (s Suppression) Message(dutch bool) string {
	if s == 0 {
		return ""
	}
	if s < 0 || int(s) >= len(suppressionText) {
		return s.String()
	}
	if dutch {
		return suppressionText[s][1]
	}
	return suppressionText[s][0]
}
