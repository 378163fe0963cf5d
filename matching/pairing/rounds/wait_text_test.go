package rounds

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestWaitText(t *testing.T) {
	if err := fault.CheckTable([]fault.Message{txtWaiter}); err != nil {
		t.Error(err)
	}
	seen := map[string]bool{}
	for r := WaitNoPartner; r <= WaitNotChosen; r++ {
		en, nl := r.Message(false), r.Message(true)
		if en == "" || nl == "" || en == r.String() || seen[en] || seen[nl] {
			t.Errorf("%v: EN %q, NL %q", r, en, nl)
		}
		seen[en], seen[nl] = true, true
	}
	for _, r := range []WaitReason{0, WaitNotChosen + 1} {
		if got := r.Message(true); got != r.String() {
			t.Errorf("%d: %q, want String %q", r, got, r.String())
		}
	}
	got := Waiter{MenteeID: "e4", Waited: 3, Reason: WaitNoPlace}.Text()
	want := fault.Text{EN: "e4 has waited 3.0 weeks: every allowed mentor is full", NL: "e4 wacht al 3.0 weken: elke toegestane mentor is vol"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Waiter.Text (-want +got):\n%s", d)
	}
}
