package risk

import "slices"

// AllMessageKeys lists every i18n key this package can put in a Message,
// sorted, so a test can prove each one exists in every language.
func AllMessageKeys() []string {
	var keys []string
	for _, d := range areaDefs {
		keys = append(keys, areaLabel(d.id))
	}
	for _, s := range []Severity{Info, Low, Medium, High, Critical} {
		keys = append(keys, s.LabelKey())
	}
	for _, r := range accountRules {
		keys = append(keys, r.titleKey(), r.detailKey())
	}
	for _, d := range accountActions {
		keys = append(keys, d.msgKey("title"), d.msgKey("why"))
		switch d.kind {
		case KindDeleteDormant:
			for _, v := range deleteHowKeys {
				keys = append(keys, d.msgKey("how_"+v))
			}
		case KindEnable2FA:
			for _, v := range enableHowKeys {
				keys = append(keys, d.msgKey("how_"+v))
			}
		default:
			keys = append(keys, d.msgKey("how"))
		}
	}
	for i, h := range habits {
		r := h.rule(i + 1)
		d := h.actionDef()
		keys = append(keys, r.titleKey(), r.detailKey(), d.msgKey("title"), d.msgKey("how"), h.questionKey())
		for _, o := range h.options {
			keys = append(keys, h.optionKey(o.id))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
