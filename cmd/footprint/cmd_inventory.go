package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

func init() { register(newInventoryCmd) }

// inventoryItem is the JSON shape of one account in `inventory list --json`
// and `inventory show --json`. Keys are stable English.
type inventoryItem struct {
	ID               string            `json:"id"`
	CatalogID        string            `json:"catalog_id,omitempty"`
	Name             string            `json:"name"`
	NameZh           string            `json:"name_zh,omitempty"`
	Category         string            `json:"category"`
	Holds            []checks.DataKind `json:"holds"`
	Dormant          bool              `json:"dormant"`
	SecondFactor     risk.SecondFactor `json:"second_factor"`
	Password         passwordState     `json:"password"`
	PasswordReused   bool              `json:"password_reused"`
	RealNameVerified bool              `json:"real_name_verified"`
	Note             string            `json:"note"`
	CreatedAt        time.Time         `json:"created_at"`
	UpdatedAt        time.Time         `json:"updated_at"`
	Findings         []findingJSON     `json:"findings,omitempty"`
}

// passwordState is the verdict of the password check: never the password.
type passwordState struct {
	Checked   bool       `json:"checked"`
	Score     *int       `json:"score,omitempty"`
	Breached  bool       `json:"breached"`
	CheckedAt *time.Time `json:"checked_at,omitempty"`
}

func toInventoryItem(it audit.Item) inventoryItem {
	out := inventoryItem{
		ID: it.ID, CatalogID: it.CatalogID, Name: it.DisplayName(i18n.English), Category: it.Category(),
		Holds: it.Holds, Dormant: it.Dormant, SecondFactor: it.SecondFactor,
		PasswordReused: it.PasswordReused, RealNameVerified: it.RealNameVerified, Note: it.Note,
		CreatedAt: it.CreatedAt, UpdatedAt: it.UpdatedAt,
	}
	if zh := it.DisplayName(i18n.Chinese); zh != out.Name {
		out.NameZh = zh
	}
	if out.Holds == nil {
		out.Holds = []checks.DataKind{}
	}
	if v := it.Verdict; v != nil {
		score, at := v.Score, v.CheckedAt
		out.Password = passwordState{Checked: true, Score: &score, Breached: v.Has(store.FlagBreached), CheckedAt: &at}
	}
	return out
}

// accountFlags are the editable fields shared by add and edit. Only the
// flags the user gave change anything.
type accountFlags struct {
	holds, factor, note, category string
	dormant, reused, realName     bool
	custom                        bool
}

func (f *accountFlags) register(cmd *cobra.Command, hl i18n.Lang, add bool) {
	fs := cmd.Flags()
	fs.StringVar(&f.holds, "holds", "", i18n.T(hl, "inventory_cmd.flag.holds"))
	fs.BoolVar(&f.dormant, "dormant", false, i18n.T(hl, "inventory_cmd.flag.dormant"))
	fs.StringVar(&f.factor, "second-factor", "", i18n.T(hl, "inventory_cmd.flag.second_factor"))
	fs.BoolVar(&f.reused, "reused", false, i18n.T(hl, "inventory_cmd.flag.reused"))
	fs.BoolVar(&f.realName, "real-name", false, i18n.T(hl, "inventory_cmd.flag.real_name"))
	fs.StringVar(&f.note, "note", "", i18n.T(hl, "inventory_cmd.flag.note"))
	fs.StringVar(&f.category, "category", "", i18n.T(hl, "inventory_cmd.flag.category"))
	if add {
		fs.BoolVar(&f.custom, "custom", false, i18n.T(hl, "inventory_cmd.flag.custom"))
	}
}

// apply copies the given flags onto a, checking each value first.
func (f *accountFlags) apply(cmd *cobra.Command, lang i18n.Lang, a *store.Account) error {
	fs := cmd.Flags()
	if fs.Changed("holds") {
		kinds, err := parseKinds(lang, f.holds)
		if err != nil {
			return err
		}
		a.Holds = kinds
	}
	if fs.Changed("second-factor") {
		sf := risk.SecondFactor(strings.ToLower(strings.TrimSpace(f.factor)))
		if sf == risk.FactorUnknown || !store.ValidSecondFactor(sf) {
			return usageError(i18n.T(lang, "inventory_cmd.bad_factor", clip(f.factor, 40)))
		}
		a.SecondFactor = sf
	}
	if fs.Changed("category") {
		if a.CatalogID != "" {
			return usageError(i18n.T(lang, "inventory_cmd.custom_only"))
		}
		if !validCategory(f.category) {
			return usageError(i18n.T(lang, "catalog_cmd.bad_category", clip(f.category, 40), strings.Join(catalog.Categories(), ", ")))
		}
		a.Category = f.category
	}
	if fs.Changed("dormant") {
		a.Dormant = f.dormant
	}
	if fs.Changed("reused") {
		a.PasswordReused = f.reused
	}
	if fs.Changed("real-name") {
		a.RealNameVerified = f.realName
	}
	if fs.Changed("note") {
		a.Note = common.Clean(f.note, store.MaxNoteLen/4)
	}
	return nil
}

func validCategory(c string) bool {
	for _, v := range catalog.Categories() {
		if v == c {
			return true
		}
	}
	return false
}

// parseKinds reads "phone, face,EMAIL"; an empty list means none.
func parseKinds(lang i18n.Lang, s string) ([]checks.DataKind, error) {
	out := []checks.DataKind{}
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		if part == "" {
			continue
		}
		k, ok := checks.ParseDataKind(part)
		if !ok {
			return nil, usageError(i18n.T(lang, "inventory_cmd.bad_kind", clip(part, 40), kindIDs()))
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(x, y checks.DataKind) int {
		return slices.Index(checks.AllDataKinds, x) - slices.Index(checks.AllDataKinds, y)
	})
	return out, nil
}

func kindIDs() string {
	ids := make([]string, len(checks.AllDataKinds))
	for i, k := range checks.AllDataKinds {
		ids[i] = string(k)
	}
	return strings.Join(ids, ", ")
}

// kindsHelp lists every data kind id with what it means, sensitive ones
// starred, for `inventory add --help`.
func kindsHelp(lang i18n.Lang) string {
	var b strings.Builder
	for _, k := range checks.AllDataKinds {
		mark := " "
		if k.Sensitive() {
			mark = "*"
		}
		fmt.Fprintf(&b, "  %-18s %s %s\n", k, mark, i18n.T(lang, "inventory_cmd.kind."+string(k)))
	}
	return strings.TrimRight(b.String(), "\n")
}

func kindList(lang i18n.Lang, kinds []checks.DataKind) string {
	if len(kinds) == 0 {
		return i18n.T(lang, "inventory_cmd.none")
	}
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func newInventoryCmd(e *env) *cobra.Command {
	hl := e.preLang()
	cmd := &cobra.Command{
		Use:   "inventory",
		Short: i18n.T(hl, "inventory_cmd.short"),
		Long:  i18n.T(hl, "inventory_cmd.long"),
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(e.inventoryAddCmd(hl), e.inventoryEditCmd(hl), e.inventoryRemoveCmd(hl),
		e.inventoryUndoCmd(hl), e.inventoryListCmd(hl), e.inventoryShowCmd(hl))
	return cmd
}

func (e *env) inventoryAddCmd(hl i18n.Lang) *cobra.Command {
	var f accountFlags
	cmd := &cobra.Command{
		Use:   "add ID",
		Short: i18n.T(hl, "inventory_cmd.add.short"),
		Long:  i18n.T(hl, "inventory_cmd.add.long", kindsHelp(hl)),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				var (
					a   store.Account
					err error
				)
				if f.custom {
					a.Name = common.Clean(args[0], store.MaxNameLen/4)
					if strings.TrimSpace(a.Name) == "" {
						return usageError(i18n.T(lang, "inventory_cmd.empty_name"))
					}
				} else {
					if a, err = audit.FromCatalog(args[0]); err != nil {
						return unknownServiceError(lang, err)
					}
				}
				if err := f.apply(cmd, lang, &a); err != nil {
					return err
				}
				err = db.Tx(ctx, func(h store.Handle) error {
					if !f.custom {
						return store.Accounts{}.Add(ctx, h, a)
					}
					added, err := audit.AddCustom(ctx, h, a.Name, a.Category, a.Holds)
					if err != nil {
						return err
					}
					a.ID = added.ID
					return store.Accounts{}.Update(ctx, h, a)
				})
				switch {
				case errors.Is(err, store.ErrExists):
					return userError(i18n.T(lang, "inventory_cmd.exists", a.ID, a.ID), err)
				case errors.Is(err, audit.ErrEmptyName):
					return usageError(i18n.T(lang, "inventory_cmd.empty_name"))
				case err != nil:
					return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
				}
				fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.added",
					audit.Describe(a).DisplayName(lang), a.ID, kindList(lang, a.Holds)))
				return nil
			})
		},
	}
	f.register(cmd, hl, true)
	return cmd
}

func (e *env) inventoryEditCmd(hl i18n.Lang) *cobra.Command {
	var f accountFlags
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: i18n.T(hl, "inventory_cmd.edit.short"),
		Long:  i18n.T(hl, "inventory_cmd.add.long", kindsHelp(hl)),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				a, err := store.Accounts{}.Get(ctx, db, args[0])
				if err != nil {
					return notInInventory(lang, args[0], err)
				}
				if err := f.apply(cmd, lang, &a); err != nil {
					return err
				}
				if err := (store.Accounts{}).Update(ctx, db, a); err != nil {
					return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
				}
				fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.updated", audit.Describe(a).DisplayName(lang)))
				return nil
			})
		},
	}
	f.register(cmd, hl, false)
	return cmd
}

func (e *env) inventoryRemoveCmd(hl i18n.Lang) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: i18n.T(hl, "inventory_cmd.remove.short"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				a, err := store.Accounts{}.Get(ctx, db, args[0])
				if err != nil {
					return notInInventory(lang, args[0], err)
				}
				if err := (store.Accounts{}).Delete(ctx, db, a.ID); err != nil {
					return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
				}
				fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.removed", audit.Describe(a).DisplayName(lang)))
				return nil
			})
		},
	}
}

func (e *env) inventoryUndoCmd(hl i18n.Lang) *cobra.Command {
	return &cobra.Command{
		Use:   "undo",
		Short: i18n.T(hl, "inventory_cmd.undo.short"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				a, err := store.Accounts{}.UndoDelete(ctx, db)
				switch {
				case errors.Is(err, store.ErrNotFound):
					return userError(i18n.T(lang, "inventory_cmd.nothing_to_undo"), err)
				case errors.Is(err, store.ErrExists):
					return userError(i18n.T(lang, "inventory_cmd.undo_blocked", a.ID), err)
				case err != nil:
					return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
				}
				fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.restored", audit.Describe(a).DisplayName(lang)))
				return nil
			})
		},
	}
}

func (e *env) inventoryListCmd(hl i18n.Lang) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: i18n.T(hl, "inventory_cmd.list.short"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				items, err := audit.Inventory(ctx, db)
				if err != nil {
					return userError(i18n.T(lang, "inventory_cmd.read_failed"), err)
				}
				if asJSON {
					out := make([]inventoryItem, len(items))
					for i, it := range items {
						out[i] = toInventoryItem(it)
					}
					return writeJSON(e.stdout, out)
				}
				if len(items) == 0 {
					fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.empty"))
					return nil
				}
				for _, it := range items {
					name := it.DisplayName(lang)
					if it.Dormant {
						name += " (" + i18n.T(lang, "inventory_cmd.dormant") + ")"
					}
					fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.line", it.ID, name, categoryName(lang, it.Category()),
						i18n.T(lang, "inventory_cmd.factor."+string(it.SecondFactor)), passwordText(lang, it)))
					fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.line_holds", kindList(lang, it.Holds)))
				}
				fmt.Fprintln(e.stdout, i18n.T(lang, "inventory_cmd.count", len(items)))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	return cmd
}

func (e *env) inventoryShowCmd(hl i18n.Lang) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: i18n.T(hl, "inventory_cmd.show.short"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				r, err := audit.Assess(ctx, db)
				if err != nil {
					return userError(i18n.T(lang, "plan_cmd.failed"), err)
				}
				it, ok := r.Item(args[0])
				if !ok {
					return notInInventory(lang, args[0], store.ErrNotFound)
				}
				findings := r.FindingsFor(it.ID)
				if asJSON {
					out := toInventoryItem(it)
					out.Findings = make([]findingJSON, len(findings))
					for i, f := range findings {
						out.Findings[i] = toFindingJSON(lang, r, f)
					}
					return writeJSON(e.stdout, out)
				}
				showItem(e.stdout, lang, r, it, findings)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	return cmd
}

func showItem(w io.Writer, lang i18n.Lang, r audit.Report, it audit.Item, findings []risk.Finding) {
	t := func(key string, args ...any) { fmt.Fprintln(w, i18n.T(lang, key, args...)) }
	// fact marks a catalogue fact its source did not verify.
	fact := func(name, value string) string {
		if it.Entry.IsUnverified(name) {
			return i18n.T(lang, "inventory_cmd.unverified", value)
		}
		return value
	}
	fmt.Fprintln(w, it.DisplayName(lang))
	t("inventory_cmd.show.id", it.ID)
	if !it.InCatalog {
		t("inventory_cmd.show.custom")
	}
	t("inventory_cmd.show.category", categoryName(lang, it.Category()))
	t("inventory_cmd.show.holds", kindList(lang, it.Holds))
	t("inventory_cmd.show.dormant", yesNo(lang, it.Dormant))
	t("inventory_cmd.show.factor", i18n.T(lang, "inventory_cmd.factor."+string(it.SecondFactor)))
	if it.InCatalog {
		var offers []string
		for _, f := range it.Entry.SecondFactors {
			offers = append(offers, i18n.T(lang, "catalog.factor."+f))
		}
		t("inventory_cmd.show.offers", fact("second_factors", strings.Join(offers, ", ")))
		t("inventory_cmd.show.sms_recovery", fact("sms_recovery", i18n.T(lang, "catalog.answer."+it.Entry.SMSRecovery)))
	}
	t("inventory_cmd.show.password", passwordText(lang, it))
	t("inventory_cmd.show.reused", yesNo(lang, it.PasswordReused))
	t("inventory_cmd.show.real_name", yesNo(lang, it.RealNameVerified))
	if it.Note != "" {
		t("inventory_cmd.show.note", it.Note)
	}
	if it.InCatalog {
		d := it.Entry.Deletion
		t("inventory_cmd.show.deletion", fact("deletion.difficulty", i18n.T(lang, "catalog.difficulty."+d.Difficulty)))
		if d.URL != "" {
			t("inventory_cmd.show.deletion_url", fact("deletion.url", d.URL))
		}
		if d.Path != "" {
			t("inventory_cmd.show.deletion_path", fact("deletion.path", d.Path))
		}
	}
	if len(findings) == 0 {
		t("inventory_cmd.show.no_findings")
		return
	}
	t("inventory_cmd.show.findings")
	for _, f := range findings {
		if !f.Resolved {
			t("plan_cmd.finding_line", i18n.T(lang, f.Severity.LabelKey()), r.Text(lang, f.Title), f.Points, f.InstanceID)
		}
	}
}

func passwordText(lang i18n.Lang, it audit.Item) string {
	v := it.Verdict
	if v == nil {
		return i18n.T(lang, "inventory_cmd.pw.unchecked")
	}
	s := i18n.T(lang, "inventory_cmd.pw.score", v.Score, v.CheckedAt.Local().Format("2006-01-02"))
	if v.Has(store.FlagBreached) {
		s += ", " + i18n.T(lang, "inventory_cmd.pw.breached")
	}
	return s
}

func categoryName(lang i18n.Lang, c string) string {
	if c == "" {
		return "-"
	}
	return i18n.T(lang, "catalog.category."+c)
}

func yesNo(lang i18n.Lang, b bool) string {
	if b {
		return i18n.T(lang, "inventory_cmd.yes")
	}
	return i18n.T(lang, "inventory_cmd.no")
}

// unknownServiceError says the id is not in the catalogue and suggests
// the closest matches.
func unknownServiceError(lang i18n.Lang, err error) error {
	var ue *audit.UnknownServiceError
	if !errors.As(err, &ue) {
		return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
	}
	lines := []string{i18n.T(lang, "inventory_cmd.unknown_service", clip(ue.ID, 64))}
	if len(ue.Suggestions) > 0 {
		s := make([]string, len(ue.Suggestions))
		for i, en := range ue.Suggestions {
			s[i] = en.ID + " (" + entryName(lang, en) + ")"
		}
		lines = append(lines, i18n.T(lang, "inventory_cmd.did_you_mean", strings.Join(s, ", ")))
	}
	lines = append(lines, i18n.T(lang, "inventory_cmd.try_search"))
	return usageError(strings.Join(lines, "\n"))
}

func notInInventory(lang i18n.Lang, id string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return usageError(i18n.T(lang, "inventory_cmd.not_found", clip(id, 64)))
	}
	return userError(i18n.T(lang, "inventory_cmd.read_failed"), err)
}

// clip bounds what the user typed before it is echoed in a message:
// a pasted megabyte or invalid UTF-8 must not flood the terminal.
func clip(s string, max int) string {
	return common.Clean(s, max)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
