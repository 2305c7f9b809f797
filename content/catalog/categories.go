package catalog

import "slices"

// categories is the closed list of category ids, in menu order. Each has a
// display name under catalog.category.<id> in content/i18n.
//
//	social        social networks, forums, short video with a feed
//	messaging     chat and calling apps
//	email         mailboxes
//	search        search engines and web portals
//	maps          maps and navigation
//	cloud         cloud storage and cloud computing accounts
//	device        the account of a phone or computer maker (Apple ID, HUAWEI ID)
//	shopping      online shops and marketplaces
//	payment       wallets, payment apps and consumer credit
//	bank          banks and their apps
//	finance       brokers, crypto exchanges, other money services
//	delivery      food and grocery delivery, local services
//	travel        airlines, trains, hotels, booking sites
//	ride-hailing  taxis, ride-hailing and bike sharing
//	government    government services and their apps
//	health        health, fitness, period tracking and genetics
//	work          office, collaboration and meetings
//	jobs          job sites
//	education     learning apps and courses
//	developer     code hosting and developer services
//	security      password managers and VPNs
//	games         game platforms and game accounts
//	video         video streaming
//	music         music, audio and podcasts
//	news          newspapers and reading
//	dating        dating apps
//	carrier       mobile carriers
var categories = []string{
	"social", "messaging", "email", "search", "maps", "cloud", "device",
	"shopping", "payment", "bank", "finance", "delivery", "travel",
	"ride-hailing", "government", "health", "work", "jobs", "education",
	"developer", "security", "games", "video", "music", "news", "dating",
	"carrier",
}

// Categories returns the category ids in menu order.
func Categories() []string { return slices.Clone(categories) }

// ValidCategory reports whether c is one of Categories.
func ValidCategory(c string) bool { return slices.Contains(categories, c) }
