// Package checks holds footprint's audit logic and the domain types the
// other packages share. It is pure: no I/O, no UI, no other footprint package.
package checks

// DataKind names a kind of personal information a service may hold. The ids
// are stable: they appear in the database, the plain subcommands and JSON.
type DataKind string

const (
	RealName         DataKind = "real_name"
	IDNumber         DataKind = "id_number"
	Phone            DataKind = "phone"
	Email            DataKind = "email"
	Address          DataKind = "address"
	BirthDate        DataKind = "birth_date"
	Photos           DataKind = "photos"
	Face             DataKind = "face"
	FingerprintVoice DataKind = "fingerprint_voice"
	Location         DataKind = "location"
	Contacts         DataKind = "contacts"
	Payment          DataKind = "payment"
	Health           DataKind = "health"
	Browsing         DataKind = "browsing"
	Children         DataKind = "children"
	Messages         DataKind = "messages"
)

// AllDataKinds lists every kind in display order.
var AllDataKinds = []DataKind{
	RealName, IDNumber, Phone, Email, Address, BirthDate, Photos, Face,
	FingerprintVoice, Location, Contacts, Payment, Health, Browsing, Children, Messages,
}

// sensitiveKinds follows PIPL art. 28 and GDPR art. 9: biometrics, identity
// documents, financial accounts, health, location tracks and minors' data.
var sensitiveKinds = map[DataKind]bool{
	IDNumber: true, Face: true, FingerprintVoice: true, Location: true,
	Payment: true, Health: true, Children: true,
}

// Sensitive reports whether k is sensitive personal information.
func (k DataKind) Sensitive() bool { return sensitiveKinds[k] }

// Valid reports whether k is one of AllDataKinds.
func (k DataKind) Valid() bool {
	for _, v := range AllDataKinds {
		if v == k {
			return true
		}
	}
	return false
}

// ParseDataKind returns the kind with id s, or false.
func ParseDataKind(s string) (DataKind, bool) {
	k := DataKind(s)
	return k, k.Valid()
}

// Message is user-facing text that checks produce without knowing the
// language: a key into the UI catalogue (content/i18n) and its fmt arguments.
type Message struct {
	Key  string
	Args []any
}

// Msg builds a Message.
func Msg(key string, args ...any) Message { return Message{Key: key, Args: args} }
