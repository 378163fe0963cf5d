package feedback

// Item returns the item with the given ID, pointing into the instrument,
// and false when the instrument has no such item. Like [Cell.Item] it
// finds an item by ID instead of by position.
func (in *Instrument) Item(id string) (*Item, bool) {
	for j := range in.Items {
		if in.Items[j].ID == id {
			return &in.Items[j], true
		}
	}
	return nil, false
}

// SubscaleItems returns the IDs of the items of the named subscale, in
// the instrument's order (the columns [Instrument.ReliabilityMatrix] gives
// for that subscale); nil when no item belongs to it. The empty name
// gives nil: items without a subscale form none.
func (in *Instrument) SubscaleItems(subscale string) []string {
	if subscale == "" {
		return nil
	}
	var ids []string
	for _, it := range in.Items {
		if it.Subscale == subscale {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

// Answer returns the value the respondent gave for the item with the given
// ID, as given (before reverse keying), and false when the item was not
// answered. A response that answers an item twice is invalid
// ([Instrument.ValidateResponse]); Answer returns the first.
func (r *Response) Answer(item string) (int, bool) {
	for _, a := range r.Answers {
		if a.Item == item {
			return a.Value, true
		}
	}
	return 0, false
}
