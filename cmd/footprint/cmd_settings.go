package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

func init() { register(newSettingsCmd) }

// settingsView is the JSON shape of `footprint settings show --json`.
type settingsView struct {
	Language string        `json:"language"`
	Database string        `json:"database"`
	Guest    bool          `json:"guest"`
	Profile  store.Profile `json:"profile"`
}

var settingKeys = []string{"language", "display_name", "full_name", "birth_date", "phone", "email"}

func newSettingsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "settings",
		Short: "Show or change the language and your optional personal details",
		Long: `Show or change footprint's settings without the full-screen app.

Keys: ` + strings.Join(settingKeys, ", ") + `. Personal details are optional; the password
check uses them to warn about passwords built from your own name, birthday or phone.`,
		Args: cobra.NoArgs,
	}
	var asJSON bool
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the settings and where the data lives",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			db, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			p, err := store.Profiles{}.Get(ctx, db)
			if err != nil {
				return userError("cannot read the settings", err)
			}
			lang := e.lang(ctx, db)
			v := settingsView{Language: string(lang), Database: db.Path(), Guest: db.Guest(), Profile: p}
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(v)
			}
			where := db.Path()
			if db.Guest() {
				where = i18n.T(lang, "settings.data_guest")
			}
			fmt.Fprintf(e.stdout, "%s: %s\n", i18n.T(lang, "settings.language"), lang.Native())
			for _, f := range store.ProfileFields {
				val := p.Get(f)
				if val == "" {
					val = "-"
				}
				fmt.Fprintf(e.stdout, "%s: %s\n", i18n.T(lang, "settings.field."+string(f)), val)
			}
			fmt.Fprintf(e.stdout, "%s\n", i18n.T(lang, "settings.data_at", where))
			return nil
		},
	}
	show.Flags().BoolVar(&asJSON, "json", false, "print JSON")

	set := &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Change one setting (language en|zh, or a personal detail)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.changeSetting(cmd, args[0], args[1])
		},
	}
	unset := &cobra.Command{
		Use:   "unset KEY|all",
		Short: "Delete one personal detail, or all of them",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "all" {
				ctx := cmd.Context()
				db, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer db.Close()
				if err := (store.Profiles{}).Clear(ctx, db); err != nil {
					return userError("cannot delete the details", err)
				}
				return nil
			}
			if args[0] == "language" {
				return usageError("the language cannot be unset; use: footprint settings set language en|zh")
			}
			return e.changeSetting(cmd, args[0], "")
		},
	}
	cmd.AddCommand(show, set, unset)
	return cmd
}

func (e *env) changeSetting(cmd *cobra.Command, key, value string) error {
	ctx := cmd.Context()
	var field store.ProfileField
	switch key {
	case "language":
		l, ok := i18n.ParseLang(value)
		if !ok {
			return usageError(fmt.Sprintf("language must be en or zh, not %q", value))
		}
		value = string(l)
	default:
		for _, f := range store.ProfileFields {
			if string(f) == key {
				field = f
			}
		}
		if field == "" {
			return usageError(fmt.Sprintf("unknown setting %q; keys: %s", key, strings.Join(settingKeys, ", ")))
		}
	}
	db, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if field == "" {
		err = store.Settings{}.Set(ctx, db, store.SettingLanguage, value)
	} else {
		err = store.Profiles{}.SetField(ctx, db, field, common.Clean(value, 200))
	}
	if err != nil {
		return userError("cannot save the setting", err)
	}
	return nil
}
