package risk

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/footprint-audit/footprint/checks"
)

// checkInvariants holds for every input: the score is 0–100, the breakdown
// adds up to it, and each area's lost points are exactly the points its
// open findings carry.
func checkInvariants(t *testing.T, in Input, as Assessment) {
	t.Helper()
	if as.Score < 0 || as.Score > 100 {
		t.Fatalf("score %d out of 0–100", as.Score)
	}
	sum, maxSum := 0, 0
	lost := map[string]int{}
	for _, f := range as.Findings {
		if f.Resolved && f.Points != 0 {
			t.Errorf("resolved %s still deducts %d", f.InstanceID, f.Points)
		}
		if f.Points < 0 || f.Points > f.Weight {
			t.Errorf("%s deducts %d of weight %d", f.InstanceID, f.Points, f.Weight)
		}
		lost[f.Area] += f.Points
	}
	for _, a := range as.Breakdown {
		sum += a.Points
		maxSum += a.Max
		if a.Points < 0 || a.Points > a.Max {
			t.Errorf("area %s: %d of %d", a.ID, a.Points, a.Max)
		}
		if lost[a.ID] != a.Max-a.Points {
			t.Errorf("area %s lost %d but its findings carry %d", a.ID, a.Max-a.Points, lost[a.ID])
		}
	}
	if sum != as.Score || maxSum != 100 {
		t.Errorf("breakdown sums to %d of %d, score %d", sum, maxSum, as.Score)
	}
	seen := map[string]bool{}
	for _, f := range as.Findings {
		if seen[f.InstanceID] {
			t.Errorf("finding %s twice", f.InstanceID)
		}
		seen[f.InstanceID] = true
	}
	for _, act := range as.Actions {
		if act.Effort < 1 || act.Effort > 5 || act.Gain < 0 {
			t.Errorf("action %s: gain %d effort %d", act.ID, act.Gain, act.Effort)
		}
		if act.State == Done && (act.Gain != 0 || !in.Done[act.ID]) {
			t.Errorf("action %s done with gain %d", act.ID, act.Gain)
		}
		for _, id := range act.FindingIDs {
			if !seen[id] {
				t.Errorf("action %s fixes unknown finding %s", act.ID, id)
			}
		}
	}
}

func TestInvariantsOnRandomInputs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		in := randomInput(r, r.IntN(40))
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkInvariants(t, in, Evaluate(in)) })
	}
}

func FuzzEvaluate(f *testing.F) {
	f.Add(uint64(1), uint8(3))
	f.Add(uint64(42), uint8(0))
	f.Add(uint64(7), uint8(200))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8) {
		in := randomInput(rand.New(rand.NewPCG(seed, seed>>1)), int(n))
		checkInvariants(t, in, Evaluate(in))
	})
}

func TestEmptyInput(t *testing.T) {
	as := Evaluate(Input{})
	if as.Score != 95 || len(as.Breakdown) != len(areaDefs) {
		t.Errorf("empty input: score %d, %d areas; want 95 (only the checkup missing)", as.Score, len(as.Breakdown))
	}
}

// The same accounts in any order, given twice, give the same assessment.
// Ids are made unique here: duplicates are told apart by their order.
func TestDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		in := randomInput(r, 30)
		for i := range in.Accounts {
			in.Accounts[i].ID = fmt.Sprintf("svc%d", i)
		}
		want := Evaluate(in)
		shuffled := in
		shuffled.Accounts = slices.Clone(in.Accounts)
		r.Shuffle(len(shuffled.Accounts), func(i, j int) {
			shuffled.Accounts[i], shuffled.Accounts[j] = shuffled.Accounts[j], shuffled.Accounts[i]
		})
		if got := Evaluate(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatal("shuffling the accounts changed the assessment")
		}
		if got := Evaluate(in); !reflect.DeepEqual(got, want) {
			t.Fatal("the same input gave two assessments")
		}
	}
}

// Gain is what marking the action done really does to the score.
func TestGainIsTheScoreRiseWhenDone(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 60 {
		in := randomInput(r, r.IntN(25))
		base := Evaluate(in)
		for _, act := range base.Actions {
			if act.State == Done {
				continue
			}
			next := Input{Accounts: in.Accounts, Habits: in.Habits, Done: map[string]bool{act.ID: true}, Skipped: map[string]bool{}}
			for id := range in.Done {
				next.Done[id] = true
			}
			if got := Evaluate(next).Score - base.Score; got != act.Gain {
				t.Fatalf("%s: gain %d, but doing it raises the score by %d", act.ID, act.Gain, got)
			}
		}
	}
}

// Open actions come first, by gain per effort, ties by id; then skipped
// ones the same way; then done ones by id.
func TestRanking(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 100 {
		as := Evaluate(randomInput(r, 20))
		for i := 1; i < len(as.Actions); i++ {
			x, y := as.Actions[i-1], as.Actions[i]
			if stateOrder(x.State) > stateOrder(y.State) {
				t.Fatalf("%s (%s) before %s (%s)", x.ID, x.State, y.ID, y.State)
			}
			if x.State != y.State {
				continue
			}
			rx, ry := x.Gain*y.Effort, y.Gain*x.Effort
			if x.State != Done && rx < ry {
				t.Fatalf("%s (%d/%d) ranked above %s (%d/%d)", x.ID, x.Gain, x.Effort, y.ID, y.Gain, y.Effort)
			}
			if (x.State == Done || rx == ry) && x.ID > y.ID {
				t.Fatalf("tie between %s and %s not ordered by id", x.ID, y.ID)
			}
		}
	}
}

func TestRankingExample(t *testing.T) {
	bank := clean("bank")
	bank.Category = "bank"
	bank.SecondFactor = FactorNone // enable-2fa: gain 5, effort 2
	forum := clean("forum")
	forum.Password = Verdict{} // check-password: gain 1, effort 1
	shop := clean("shop")
	shop.SecondFactor = FactorNone // enable-2fa: gain 3, effort 2
	as := Evaluate(Input{Accounts: []Account{shop, forum, bank}, Habits: safeHabits()})
	var got []string
	for _, a := range as.Actions {
		got = append(got, fmt.Sprintf("%s=%d/%d", a.ID, a.Gain, a.Effort))
	}
	want := []string{"enable-2fa:bank=5/2", "enable-2fa:shop=3/2", "check-password:forum=1/1"}
	if !slices.Equal(got, want) {
		t.Errorf("plan %v, want %v", got, want)
	}
	if next := as.Next(2); len(next) != 2 || next[0].ID != "enable-2fa:bank" {
		t.Errorf("Next(2) = %v", next)
	}
}

func TestDoneAndSkipped(t *testing.T) {
	weibo := clean("weibo")
	weibo.Dormant = true
	weibo.Holds = []checks.DataKind{checks.Face}
	weibo.Password = Verdict{}
	shop := clean("shop")
	shop.SecondFactor = FactorNone
	in := Input{Accounts: []Account{weibo, shop}, Habits: safeHabits()}
	base := Evaluate(in)
	del, _ := findAction(base, "delete-dormant:weibo")
	enable, _ := findAction(base, "enable-2fa:shop")
	if del.Gain == 0 || enable.Gain == 0 {
		t.Fatalf("gains %d and %d, want both above 0", del.Gain, enable.Gain)
	}

	in.Done = map[string]bool{"delete-dormant:weibo": true}
	in.Skipped = map[string]bool{"enable-2fa:shop": true}
	after := Evaluate(in)
	checkInvariants(t, in, after)
	if after.Score != base.Score+del.Gain {
		t.Errorf("score %d after delete, want %d+%d", after.Score, base.Score, del.Gain)
	}
	gotDel, _ := findAction(after, "delete-dormant:weibo")
	gotEnable, _ := findAction(after, "enable-2fa:shop")
	if gotDel.State != Done || gotDel.Gain != 0 {
		t.Errorf("delete action %s gain %d, want done with no gain left", gotDel.State, gotDel.Gain)
	}
	if gotEnable.State != Skipped || gotEnable.Gain != enable.Gain {
		t.Errorf("skipped action %s gain %d, want skipped keeping gain %d", gotEnable.State, gotEnable.Gain, enable.Gain)
	}
	// The deleted account's other steps have nothing left to fix.
	for _, id := range []string{"check-password:weibo", "remove-biometrics:weibo"} {
		if _, ok := findAction(after, id); ok {
			t.Errorf("%s still listed after the account was deleted", id)
		}
	}
	if len(after.Next(3)) != 0 {
		t.Errorf("open actions %v, want none", after.Next(3))
	}
	for _, f := range after.Findings {
		if f.AccountIDs[0] == "weibo" && !f.Resolved {
			t.Errorf("%s not resolved by deleting the account", f.InstanceID)
		}
		if f.AccountIDs[0] == "shop" && (f.Resolved || f.Points == 0) {
			t.Errorf("skipping left %s resolved=%v points=%d", f.InstanceID, f.Resolved, f.Points)
		}
	}
	// Done wins when an id is marked both ways; unknown ids are ignored.
	in.Done["enable-2fa:shop"] = true
	in.Done["no-such-action:x"] = true
	if got := Evaluate(in); got.Score != 100 {
		t.Errorf("everything done: score %d, want 100", got.Score)
	}
}

// Past an area's cap further findings are listed but deduct nothing, and a
// single fix there gains nothing until the area drops below its cap.
func TestAreaCaps(t *testing.T) {
	var accounts []Account
	for i := range 10 {
		a := clean(fmt.Sprintf("weak%02d", i))
		a.Password.Score = 0
		accounts = append(accounts, a)
	}
	as := Evaluate(Input{Accounts: accounts, Habits: safeHabits()})
	if as.Score != 75 || as.Breakdown[0].ID != AreaPasswords || as.Breakdown[0].Points != 0 {
		t.Fatalf("score %d, passwords %+v; want 75 with passwords at 0", as.Score, as.Breakdown[0])
	}
	charged := 0
	for _, f := range as.Findings {
		if f.Points > 0 {
			charged++
		}
	}
	if charged != 5 || len(as.Findings) != 10 {
		t.Errorf("%d of %d findings charged, want 5 of 10 (25 points in steps of 6)", charged, len(as.Findings))
	}
	for _, act := range as.Actions {
		if act.Gain != 0 {
			t.Errorf("%s gains %d in a saturated area", act.ID, act.Gain)
		}
	}
}

func TestOddAccounts(t *testing.T) {
	a := clean("dup")
	a.Holds = []checks.DataKind{checks.Health, checks.Health, "bogus"}
	b := clean("dup")
	b.SecondFactor = FactorNone
	c := clean("")
	c.Name = ""
	c.PasswordReused = true
	as := Evaluate(Input{Accounts: []Account{a, b, c}, Habits: safeHabits()})
	checkInvariants(t, Input{}, as)
	var ids []string
	for _, f := range as.Findings {
		ids = append(ids, f.InstanceID)
		if f.ID == "FP-EXP-001" && f.Weight != 1 {
			t.Errorf("a repeated kind counted twice: weight %d", f.Weight)
		}
	}
	slices.Sort(ids)
	want := []string{"FP-EXP-001:dup", "FP-MFA-001:dup#2", "FP-PWD-003:unnamed"}
	if !slices.Equal(ids, want) {
		t.Errorf("instance ids %v, want %v", ids, want)
	}
	for _, f := range as.Findings {
		if f.ID == "FP-PWD-003" && f.Title.Args[0] != "unnamed" {
			t.Errorf("a nameless account is called %v", f.Title.Args)
		}
	}
}

func TestAreaTablesAgree(t *testing.T) {
	if len(areaDefs) != areaCount || len(areaIndex) != areaCount {
		t.Fatalf("%d areas, %d indexed, areaCount %d", len(areaDefs), len(areaIndex), areaCount)
	}
	for i, d := range areaDefs {
		if areaIndex[d.id] != i {
			t.Errorf("area %s at %d, indexed at %d", d.id, i, areaIndex[d.id])
		}
	}
}
