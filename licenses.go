// Package footprint holds the licence texts the binary prints with
// `footprint --licenses`: its own, and the notices of the data it ships.
package footprint

import _ "embed"

//go:embed LICENSE
var License string

//go:embed THIRD_PARTY_NOTICES
var ThirdPartyNotices string
