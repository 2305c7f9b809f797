package pwaudit

import (
	"strings"

	"github.com/footprint-audit/footprint/checks"
)

// Dialect names the password manager an export came from.
type Dialect string

const (
	Bitwarden   Dialect = "bitwarden"
	KeePassXC   Dialect = "keepassxc"
	Chrome      Dialect = "chrome"
	Firefox     Dialect = "firefox"
	OnePassword Dialect = "onepassword"
	Generic     Dialect = "generic" // an unknown layout with a password column
)

// Message is the dialect's display name.
func (d Dialect) Message() checks.Message { return checks.Msg("breach.audit.dialect." + string(d)) }

// columns are the indices of the fields an audit reads; -1 when absent.
type columns struct{ name, url, username, password int }

// Header spellings, lower-cased. The first match wins, so a manager's own
// name comes before generic ones.
var (
	passwordNames = []string{"login_password", "password"}
	usernameNames = []string{"login_username", "username", "user name", "login name", "login"}
	urlNames      = []string{"login_uri", "url", "website", "web site", "uri", "urls"}
	nameNames     = []string{"name", "title", "account"}
)

// detect reads the header row. It returns false when no column holds
// passwords, the one field an audit cannot do without.
func detect(header []string) (Dialect, columns, bool) {
	norm := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := norm[h]; !dup {
			norm[h] = i
		}
	}
	find := func(names []string) int {
		for _, n := range names {
			if i, ok := norm[n]; ok {
				return i
			}
		}
		return -1
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := norm[n]; !ok {
				return false
			}
		}
		return true
	}
	cols := columns{name: find(nameNames), url: find(urlNames), username: find(usernameNames), password: find(passwordNames)}
	if cols.password < 0 {
		return "", cols, false
	}
	var d Dialect
	switch {
	case has("login_password"):
		d = Bitwarden
	case has("group", "title"):
		d = KeePassXC
	case has("httprealm") || has("formactionorigin") || has("guid", "timecreated"):
		d = Firefox
	case has("title") && (has("otpauth") || has("website") || has("archived") || has("favorite") || has("url")):
		d = OnePassword
	case has("grouping", "extra"): // LastPass: read, but not named
		d = Generic
	case has("name", "url", "username"):
		d = Chrome
	default:
		d = Generic
	}
	return d, cols, true
}
