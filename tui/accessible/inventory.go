package accessible

import (
	"context"
	"errors"
	"strings"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

func init() { Register(Item{TitleKey: "accessible.inventory.title", Run: inventoryMenu, Order: 20}) }

// maxListed bounds the numbered lists read out: a screen reader user
// should not have to sit through hundreds of lines to pick one.
const maxListed = 20

// inventoryMenu lists the inventory, adds services found by search, reads
// out the score and plan, and marks an action done.
func inventoryMenu(ctx context.Context, s *Session) error {
	for {
		s.Say("")
		s.Say(s.T("accessible.inventory.title"))
		opts := []string{"accessible.inventory.list", "accessible.inventory.add", "accessible.inventory.plan", "accessible.inventory.done"}
		for i, k := range opts {
			s.Say("%d. %s", i+1, s.T(k))
		}
		k, err := s.Choose(s.T("accessible.choose_or_back"), len(opts))
		if err != nil || k == 0 {
			return err
		}
		switch k {
		case 1:
			err = sayInventory(ctx, s)
		case 2:
			err = addBySearch(ctx, s)
		case 3:
			err = sayPlan(ctx, s)
		case 4:
			err = markDone(ctx, s)
		}
		if err != nil {
			return err
		}
	}
}

func sayInventory(ctx context.Context, s *Session) error {
	items, err := audit.Inventory(ctx, s.DB)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		s.Say(s.T("inventory_cmd.empty"))
		return nil
	}
	for _, it := range items {
		pw := s.T("inventory_cmd.pw.unchecked")
		if it.Verdict != nil {
			pw = s.T("inventory_cmd.pw.score", it.Verdict.Score, it.Verdict.CheckedAt.Local().Format("2006-01-02"))
		}
		name := it.DisplayName(s.Lang)
		if it.Dormant {
			name += " (" + s.T("inventory_cmd.dormant") + ")"
		}
		cat := "-"
		if c := it.Category(); c != "" {
			cat = s.T("catalog.category." + c)
		}
		s.Say("%s", s.T("inventory_cmd.line", it.ID, name, cat, s.T("inventory_cmd.factor."+string(it.SecondFactor)), pw))
	}
	s.Say("%s", s.T("inventory_cmd.count", len(items)))
	return nil
}

func addBySearch(ctx context.Context, s *Session) error {
	q, err := s.Ask(s.T("accessible.inventory.search"))
	if err != nil {
		return err
	}
	q = common.Clean(q, 64)
	if q == "" {
		return nil
	}
	hits := catalog.Search(q, 9)
	if len(hits) == 0 {
		s.Say("%s", s.T("catalog_cmd.none", q))
		return nil
	}
	s.Say(s.T("accessible.inventory.matches"))
	for i, e := range hits {
		s.Say("%d. %s [%s]", i+1, bothNames(s.Lang, e), s.T("catalog.category."+e.Category))
	}
	k, err := s.Choose(s.T("accessible.choose_or_back"), len(hits))
	if err != nil || k == 0 {
		return err
	}
	a, err := audit.AddFromCatalog(ctx, s.DB, hits[k-1].ID)
	switch {
	case errors.Is(err, store.ErrExists):
		s.Say("%s", s.T("inventory_cmd.exists", hits[k-1].ID, hits[k-1].ID))
		return nil
	case err != nil:
		return err
	}
	kinds := make([]string, len(a.Holds))
	for i, h := range a.Holds {
		kinds[i] = s.T("inventory_cmd.kind." + string(h))
	}
	list := strings.Join(kinds, ", ")
	if list == "" {
		list = s.T("inventory_cmd.none")
	}
	s.Say("%s", s.T("inventory_cmd.added", audit.Describe(a).DisplayName(s.Lang), a.ID, list))
	return nil
}

func sayPlan(ctx context.Context, s *Session) error {
	r, err := audit.Assess(ctx, s.DB)
	if err != nil {
		return err
	}
	s.Say("%s", s.T("plan_cmd.score", r.Score))
	for _, a := range r.Breakdown {
		s.Say("%s", s.T("score_cmd.area", s.T(a.Label), a.Points, a.Max))
	}
	next := r.Next(maxListed)
	if len(next) == 0 {
		s.Say(s.T("plan_cmd.no_actions"))
		return nil
	}
	s.Say(s.T("plan_cmd.actions"))
	for i, a := range next {
		s.Say("%s", s.T("plan_cmd.action_line", i+1, r.Text(s.Lang, a.Title), a.Gain, a.Effort, a.ID))
	}
	return nil
}

func markDone(ctx context.Context, s *Session) error {
	r, err := audit.Assess(ctx, s.DB)
	if err != nil {
		return err
	}
	next := r.Next(maxListed)
	if len(next) == 0 {
		s.Say(s.T("plan_cmd.no_actions"))
		return nil
	}
	s.Say(s.T("accessible.inventory.which_done"))
	for i, a := range next {
		s.Say("%d. %s (+%d)", i+1, r.Text(s.Lang, a.Title), a.Gain)
	}
	k, err := s.Choose(s.T("accessible.choose_or_back"), len(next))
	if err != nil || k == 0 {
		return err
	}
	act := next[k-1]
	if err := audit.SetDone(ctx, s.DB, act.ID); err != nil {
		return err
	}
	after, err := audit.Assess(ctx, s.DB)
	if err != nil {
		return err
	}
	s.Say("%s", s.T("plan_cmd.marked_done", act.ID, r.Score, after.Score))
	return nil
}

// bothNames shows a service in the session's language with its other name.
func bothNames(lang i18n.Lang, e catalog.Entry) string {
	first, second := e.Name, e.NameZh
	if lang == i18n.Chinese {
		first, second = second, first
	}
	if second == "" || second == first {
		return first
	}
	return first + " (" + second + ")"
}
