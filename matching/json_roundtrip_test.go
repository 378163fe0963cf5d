package matching

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
)

// TestJSONRoundTrip builds every exported result and setting type of the
// package from degenerate inputs (empty matrices, one entry, no places,
// non-finite numbers set by hand) and checks that each survives JSON.
func TestJSONRoundTrip(t *testing.T) {
	empty := &mat.Dense{}
	one := mat.NewDense(1, 1, []float64{7})

	a, err := Assign(one, Minimize)
	require.NoError(t, err)
	jsontest.RoundTrip(t, a)
	var none Assignment
	require.NoError(t, new(Solver).Assign(testkit.LyingDims{R: 0, C: 3}, Maximize, &none))
	jsontest.RoundTrip(t, none)
	jsontest.RoundTrip(t, Assignment{})
	jsontest.RoundTrip(t, Assignment{RowToCol: []int{-1}, ColToRow: []int{-1}, Total: math.NaN(), U: []float64{math.Inf(1)}, V: []float64{math.Inf(-1)}})

	s, err := AssignSparse(Candidates{Rows: 0, Cols: 0, RowStart: []int{0}}, Maximize)
	require.NoError(t, err)
	jsontest.RoundTrip(t, s)
	jsontest.RoundTrip(t, Candidates{Rows: 2, Cols: 1, RowStart: []int{0, 1, 1}, Col: []int{0}, Value: []float64{math.Inf(-1)}})
	jsontest.RoundTrip(t, Candidates{})

	f, err := Bottleneck(empty, Maximize)
	require.NoError(t, err)
	jsontest.RoundTrip(t, f)
	f, err = LexMaxMin(one, Minimize)
	require.NoError(t, err)
	jsontest.RoundTrip(t, f)
	jsontest.RoundTrip(t, Fair{Worst: math.NaN(), Total: math.Inf(1), Sorted: []float64{math.NaN()}})

	ks, err := KBest(one, Maximize, 3, KBestOptions{Capacity: []int{0}, Optional: true})
	require.NoError(t, err)
	require.NotEmpty(t, ks)
	jsontest.RoundTrip(t, ks)
	ks, err = KBest(empty, Minimize, 0, KBestOptions{})
	require.NoError(t, err)
	jsontest.RoundTrip(t, ks)
	jsontest.RoundTrip(t, KBestOptions{Capacity: []int{2, 0}, Locks: []Cell{{0, 1}}, Bans: []Cell{{1, 0}}, Optional: true})
	jsontest.RoundTrip(t, KBestOptions{})
	jsontest.RoundTrip(t, []Objective{Minimize, Maximize})

	_, err = KBest(one, Maximize, -1, KBestOptions{Capacity: []int{-1}})
	list, ok := fault.List(err)
	require.True(t, ok, "%v", err)
	require.Len(t, list, 2)
	for _, fe := range list {
		b, err := json.Marshal(fe)
		require.NoError(t, err)
		var back FieldError
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, fe.Code, back.Code)
		require.Equal(t, fe.Field, back.Field)
		require.Equal(t, fe.Text, back.Text)
	}
}

// TestObjectiveText: the names, case-insensitive parsing and the one
// unknown-enum sentinel.
func TestObjectiveText(t *testing.T) {
	b, err := json.Marshal(map[string]Objective{"o": Maximize})
	require.NoError(t, err)
	require.JSONEq(t, `{"o":"maximize"}`, string(b))
	var o Objective
	require.NoError(t, o.UnmarshalText([]byte("MAXIMIZE")))
	require.Equal(t, Maximize, o)
	require.ErrorIs(t, o.UnmarshalText([]byte("best")), ErrUnknownEnum)
	require.Equal(t, Maximize, o)
	_, err = Objective(7).MarshalText()
	require.ErrorIs(t, err, ErrUnknownEnum)
	require.Equal(t, "minimize", Minimize.String())
}

// TestMessages checks the message table and the codes and Dutch messages
// of the typed errors.
func TestMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))

	_, err := KBest(mat.NewDense(1, 2, []float64{1, 2}), Maximize, 1, KBestOptions{Capacity: []int{1}, Locks: []Cell{{3, 0}}})
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "capacityLength", fe.Code)
	require.Equal(t, "capacity", fe.Field)
	require.ErrorIs(t, err, ErrConfig)
	require.NotEmpty(t, fe.Text.NL)

	_, err = Assign(mat.NewDense(1, 1, []float64{math.NaN()}), Minimize)
	var ee *EntryError
	require.True(t, errors.As(err, &ee))
	require.Equal(t, "notANumber", ee.Code())
	require.Contains(t, ee.Message(true), "rij 0, kolom 0")

	_, err = Assign(mat.NewDense(2, 2, []float64{1, math.Inf(1), 1, math.Inf(1)}), Minimize)
	var ie *InfeasibleError
	require.True(t, errors.As(err, &ie))
	require.Equal(t, "infeasible", ie.Code())
	require.Contains(t, ie.Message(true), "rijen [0 1]")

	err = Verify(one(), Minimize, Assignment{RowToCol: []int{0}, ColToRow: []int{0}, Total: 7, U: []float64{10}, V: []float64{0}})
	var ce *CertificateError
	require.True(t, errors.As(err, &ce))
	require.Equal(t, "certificateDualFeasibility", ce.Code())
	require.Contains(t, ce.Message(true), "duale toelaatbaarheid")

	err = Candidates{Rows: 1, Cols: 1, RowStart: []int{0, 1}, Col: []int{4}, Value: []float64{1}}.Validate(Minimize)
	var cd *CandidatesError
	require.True(t, errors.As(err, &cd))
	require.Equal(t, "malformedCandidates", cd.Code())
	require.Contains(t, cd.Message(true), "kandidaten Col[0]")
}

func one() *mat.Dense { return mat.NewDense(1, 1, []float64{7}) }
