package risk

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/footprint-audit/footprint/checks"
)

// Evaluate scores the input. The score starts at 100; every unresolved
// finding deducts its weight from its area until the area's cap is spent,
// so each lost point belongs to exactly one finding (Finding.Points) and
// the breakdown adds up to the score.
func Evaluate(in Input) Assessment {
	// Most accounts yield a handful of findings; sizing up front saves
	// regrowing the slices for large inventories.
	findings := make([]Finding, 0, 4*len(in.Accounts)+len(habits))
	actions := make([]Action, 0, 4*len(in.Accounts)+len(habits))
	for _, a := range normalise(in.Accounts) {
		findings, actions = evaluateAccount(a, findings, actions)
	}
	fs, as := evaluateHabits(in.Habits)
	findings = append(findings, fs...)
	actions = append(actions, as...)

	// A done action counts as fixed even when it was also skipped: doing
	// it is the stronger statement.
	resolved := map[string]bool{}
	for i := range actions {
		switch {
		case in.Done[actions[i].ID]:
			actions[i].State = Done
			for _, id := range actions[i].FindingIDs {
				resolved[id] = true
			}
		case in.Skipped[actions[i].ID]:
			actions[i].State = Skipped
		}
	}

	sums := map[string]int{}
	for i := range findings {
		if resolved[findings[i].InstanceID] {
			findings[i].Resolved = true
			continue
		}
		sums[findings[i].Area] += findings[i].Weight
	}
	sortFindings(findings)
	charge(findings)

	var a Assessment
	for _, d := range areaDefs {
		kept := d.cap - min(d.cap, sums[d.id])
		a.Breakdown = append(a.Breakdown, Area{ID: d.id, Label: areaLabel(d.id), Points: kept, Max: d.cap})
		a.Score += kept
	}
	a.Findings = findings
	a.Actions = plan(actions, findings, sums, resolved)
	return a
}

// sortFindings puts open findings first, worst first, so the cap is spent
// on the findings that matter most; ties fall back to the instance id.
func sortFindings(fs []Finding) {
	sortInPlace(fs, func(x, y *Finding) int {
		if x.Resolved != y.Resolved {
			if x.Resolved {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(y.Severity.Rank(), x.Severity.Rank()); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Weight, x.Weight); c != 0 {
			return c
		}
		return strings.Compare(x.InstanceID, y.InstanceID)
	})
}

// sortInPlace is a stable sort that orders indices and then moves each
// element once: swapping whole findings and actions during the sort was
// most of Evaluate's time on large inventories.
func sortInPlace[T any](s []T, compare func(x, y *T) int) {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int { return compare(&s[i], &s[j]) })
	sorted := make([]T, len(s))
	for to, from := range idx {
		sorted[to] = s[from]
	}
	copy(s, sorted)
}

// charge spends each area's cap on its findings in order; a finding past
// the cap stays listed with 0 points.
func charge(fs []Finding) {
	left := map[string]int{}
	for _, d := range areaDefs {
		left[d.id] = d.cap
	}
	for i := range fs {
		if fs[i].Resolved {
			continue
		}
		p := min(fs[i].Weight, left[fs[i].Area])
		fs[i].Points = p
		left[fs[i].Area] -= p
	}
}

// plan sets each action's gain and ranks the list: open actions by gain per
// effort, then the skipped ones the same way, then the done ones by id.
// An action whose findings another done action already fixed is dropped.
func plan(actions []Action, findings []Finding, sums map[string]int, resolved map[string]bool) []Action {
	byID := make(map[string]*Finding, len(findings))
	for i := range findings {
		byID[findings[i].InstanceID] = &findings[i]
	}
	out := actions[:0]
	for _, act := range actions {
		if act.Effort < 1 {
			act.Effort = 1
		}
		if act.State != Done {
			if allResolved(act.FindingIDs, resolved) {
				continue
			}
			act.Gain = gain(act.FindingIDs, byID, sums)
		}
		out = append(out, act)
	}
	sortInPlace(out, compareActions)
	return out
}

func allResolved(ids []string, resolved map[string]bool) bool {
	for _, id := range ids {
		if !resolved[id] {
			return false
		}
	}
	return true
}

// gain is what the score would rise by with these findings gone. Each
// area's deduction is min(cap, sum of weights), so this equals evaluating
// again without them, without doing it.
func gain(ids []string, byID map[string]*Finding, sums map[string]int) int {
	// A fixed array keyed by area position: a map per action was the
	// biggest allocation of the plan.
	var removed [areaCount]int
	for _, id := range ids {
		if f, ok := byID[id]; ok && !f.Resolved {
			removed[areaIndex[f.Area]] += f.Weight
		}
	}
	g := 0
	for i, w := range removed {
		if w == 0 {
			continue
		}
		d := areaDefs[i]
		g += min(d.cap, sums[d.id]) - min(d.cap, sums[d.id]-w)
	}
	return g
}

func stateOrder(s State) int {
	switch s {
	case Open:
		return 0
	case Skipped:
		return 1
	}
	return 2
}

func compareActions(x, y *Action) int {
	if c := cmp.Compare(stateOrder(x.State), stateOrder(y.State)); c != 0 {
		return c
	}
	if x.State != Done {
		// x.Gain/x.Effort against y.Gain/y.Effort, without division.
		if c := cmp.Compare(y.Gain*x.Effort, x.Gain*y.Effort); c != 0 {
			return c
		}
	}
	return strings.Compare(x.ID, y.ID)
}

// normalise orders accounts by id and gives each a unique subject for the
// finding and action ids; an account with no id or name still gets one, so
// nothing the user entered is dropped.
func normalise(in []Account) []account {
	sorted := slices.Clone(in)
	sortInPlace(sorted, func(x, y *Account) int { return strings.Compare(x.ID, y.ID) })
	used := make(map[string]bool, len(sorted))
	out := make([]account, 0, len(sorted))
	for _, a := range sorted {
		base := a.ID
		if strings.TrimSpace(base) == "" {
			base = "unnamed"
		}
		subject := base
		for n := 2; used[subject]; n++ {
			subject = base + "#" + strconv.Itoa(n)
		}
		used[subject] = true
		name := a.Name
		if strings.TrimSpace(name) == "" {
			name = base
		}
		kinds := map[checks.DataKind]bool{}
		for _, k := range a.Holds {
			if k.Valid() {
				kinds[k] = true
			}
		}
		out = append(out, account{Account: a, subject: subject, name: name, kinds: kinds})
	}
	return out
}
