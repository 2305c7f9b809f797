package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/content/catalog"
)

func fixture(t *testing.T) *sources {
	t.Helper()
	src, err := loadSources("testdata/data")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// A ⚠ fact ships flagged, a ☑ or ✅ fact ships plain, and a fact nobody
// sourced stays unknown with no source claimed.
func TestCNMarkersCarryOver(t *testing.T) {
	src := fixture(t)
	e, err := buildCN(src, cnLine{cnID: "chatcn", id: "chat-cn", category: "messaging", regions: []string{"cn"}, pinyin: "liao tian"})
	if err != nil {
		t.Fatal(err)
	}
	if e.Pinyin != "liaotian" || e.PinyinInitials != "lt" {
		t.Errorf("pinyin %q / %q", e.Pinyin, e.PinyinInitials)
	}
	for _, f := range []string{"domains", "holds", "sms_recovery"} {
		if !e.IsUnverified(f) {
			t.Errorf("%s was marked ⚠ and must ship unverified", f)
		}
	}
	for _, f := range []string{"real_name_required", "deletion.path"} {
		if e.IsUnverified(f) {
			t.Errorf("%s was marked ☑ and must ship as checked", f)
		}
	}
	if e.RealNameRequired != "yes" || e.SMSRecovery != "yes" {
		t.Errorf("real name %q, sms recovery %q", e.RealNameRequired, e.SMSRecovery)
	}
	if !slices.Contains(e.Holds, "face") {
		t.Error("face recognition in use should add face to holds")
	}
	// Only payment guards were listed: not sign-in factors, so unknown, not none.
	if len(e.SecondFactors) != 1 || e.SecondFactors[0] != "unknown" || e.Sources["second_factors"] != "" {
		t.Errorf("second factors %v from %q", e.SecondFactors, e.Sources["second_factors"])
	}
	if e.Deletion.Path != "我 → 设置 → 注销" {
		t.Errorf("deletion path %q should keep the menu route and drop the prose", e.Deletion.Path)
	}
	// not_applicable becomes unknown; JustDeleteMe then fills the gap.
	if e.Deletion.Difficulty != "easy" || e.Sources["deletion.difficulty"] != catalog.SourceJustDeleteMe {
		t.Errorf("difficulty %q from %q", e.Deletion.Difficulty, e.Sources["deletion.difficulty"])
	}
	if e.Deletion.URL != "https://chat.example.cn/bye" || e.IsUnverified("deletion.url") {
		t.Errorf("deletion URL %q unverified=%v", e.Deletion.URL, e.IsUnverified("deletion.url"))
	}
	if e.NoteEn != "" || e.NoteZh != "" {
		t.Error("the source's notes must not be carried over")
	}
}

func TestCNUnknownStaysUnknown(t *testing.T) {
	e, err := buildCN(fixture(t), cnLine{cnID: "quiet", id: "quiet", category: "shopping", regions: []string{"cn"}, pinyin: "an jing"})
	if err != nil {
		t.Fatal(err)
	}
	if e.RealNameRequired != "unknown" || e.SMSRecovery != "unknown" || e.SecondFactors[0] != "unknown" || len(e.Domains) != 0 {
		t.Errorf("unsourced facts were filled: %+v", e)
	}
	if e.IsUnverified("holds") {
		t.Error("☑ holds flagged unverified")
	}
	if e.Deletion.Path != "" {
		t.Errorf("a prose-only path was kept: %q", e.Deletion.Path)
	}
	if e.Deletion.URL != "https://quiet.example.cn/close" || !e.IsUnverified("deletion.url") {
		t.Errorf("URL %q should lose its remark and stay unverified", e.Deletion.URL)
	}
	if e.Deletion.Difficulty != "hard" || !e.IsUnverified("deletion.difficulty") {
		t.Errorf("difficulty %q", e.Deletion.Difficulty)
	}
	if _, err := buildCN(fixture(t), cnLine{cnID: "missing"}); err == nil {
		t.Error("a cn id absent from the data must be an error")
	}
}

func TestGlobalFromOpenData(t *testing.T) {
	src := fixture(t)
	mail := buildGlobal(src, globalLine{id: "example-mail", name: "Example Mail", nameZh: "Example Mail", category: "email", domains: []string{"example.com"}})
	if mail.Deletion.Difficulty != "hard" {
		t.Errorf("JustDeleteMe's limited should read hard, got %q", mail.Deletion.Difficulty)
	}
	if got := strings.Join(mail.SecondFactors, ","); got != "app,key,sms,other" {
		t.Errorf("factors %s", got)
	}
	if !mail.Estimated("holds") || len(mail.Holds) == 0 {
		t.Error("category default holds must ship as an estimate")
	}
	plain := buildGlobal(src, globalLine{id: "plain", name: "Plain", nameZh: "Plain", category: "news", domains: []string{"plain.example.org"}, holds: []string{"email"}})
	if plain.Deletion.URL != "" {
		t.Errorf("an http URL was shipped: %q", plain.Deletion.URL)
	}
	if len(plain.SecondFactors) != 1 || plain.SecondFactors[0] != "none" {
		t.Errorf("a directory entry without methods means none, got %v", plain.SecondFactors)
	}
	lost := buildGlobal(src, globalLine{id: "lost", name: "Lost", nameZh: "Lost", category: "news", domains: []string{"lost.example.net"}})
	if lost.SecondFactors[0] != "unknown" || lost.Deletion.Difficulty != "unknown" || lost.RealNameRequired != "unknown" {
		t.Errorf("a service in no data set must be unknown: %+v", lost)
	}
}

func TestRealNameReading(t *testing.T) {
	for in, want := range map[string]string{
		"yes": "yes", "phone_number_backend": "yes", "via linked Alipay identity": "yes",
		"for payment": "partial", "optional; required for payment": "partial",
		"yes for some services (drivers)": "partial", "something else": "unknown",
	} {
		if got := realName(in); got != want {
			t.Errorf("realName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoticesCopyLicencesVerbatim(t *testing.T) {
	n, err := buildNotices("testdata/data")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Fixture licence A\nline two\n", "SOURCE: example/jdm 0000 sites.json\n", "Fixture licence B\n", "SOURCE: example/2fa 1111 entries\n"} {
		if !strings.Contains(n, want) {
			t.Errorf("notices lack %q", want)
		}
	}
}
