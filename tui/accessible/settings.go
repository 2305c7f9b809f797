package accessible

import (
	"context"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// settingsMenu changes the language and the personal details, one prompt
// at a time.
func settingsMenu(ctx context.Context, s *Session) error {
	for {
		p, err := store.Profiles{}.Get(ctx, s.DB)
		if err != nil {
			return err
		}
		s.Say("")
		s.Say(s.T("settings.title"))
		s.Say("1. %s: %s", s.T("settings.language"), s.Lang.Native())
		for i, f := range store.ProfileFields {
			v := p.Get(f)
			if v == "" {
				v = s.T("settings.not_set")
			}
			s.Say("%d. %s: %s", i+2, s.T("settings.field."+string(f)), v)
		}
		s.Say("%d. %s", len(store.ProfileFields)+2, s.T("settings.clear_all"))
		s.Say(s.T("settings.details_why"))
		k, err := s.Choose(s.T("accessible.choose_or_back"), len(store.ProfileFields)+2)
		if err != nil || k == 0 {
			return err
		}
		switch {
		case k == 1:
			next := i18n.Chinese
			if s.Lang == i18n.Chinese {
				next = i18n.English
			}
			if err := (store.Settings{}).Set(ctx, s.DB, store.SettingLanguage, string(next)); err != nil {
				return err
			}
			s.Lang = next
			s.Say(s.T("settings.saved"))
		case k == len(store.ProfileFields)+2:
			ans, err := s.Ask(s.T("settings.confirm_clear"))
			if err != nil {
				return err
			}
			if ans == "y" || ans == "Y" {
				if err := (store.Profiles{}).Clear(ctx, s.DB); err != nil {
					return err
				}
				s.Say(s.T("settings.saved"))
			}
		default:
			f := store.ProfileFields[k-2]
			v, err := s.Ask(s.T("accessible.enter_value", s.T("settings.field."+string(f))))
			if err != nil {
				return err
			}
			if err := (store.Profiles{}).SetField(ctx, s.DB, f, common.Clean(v, 200)); err != nil {
				return err
			}
			s.Say(s.T("settings.saved"))
		}
	}
}
