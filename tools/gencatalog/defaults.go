package main

// defaultHolds is footprint's conservative estimate of what a service in a
// category plainly needs to work: a shop needs a name, an address and a
// way to pay; a chat app needs a phone number, contacts and messages. It
// is used only for services outside cn-services, whose own data kinds win,
// and always ships marked as an estimate.
var defaultHolds = map[string][]string{
	"social":       {"email", "phone", "photos", "messages", "browsing"},
	"messaging":    {"phone", "contacts", "messages"},
	"email":        {"email", "contacts", "messages"},
	"search":       {"email", "browsing"},
	"maps":         {"location"},
	"cloud":        {"email", "photos"},
	"device":       {"email", "phone", "photos", "contacts", "location", "payment"},
	"shopping":     {"real_name", "email", "phone", "address", "payment", "browsing"},
	"payment":      {"real_name", "email", "phone", "payment"},
	"bank":         {"real_name", "id_number", "phone", "address", "birth_date", "payment"},
	"finance":      {"real_name", "id_number", "phone", "address", "payment"},
	"delivery":     {"phone", "address", "location", "payment"},
	"travel":       {"real_name", "email", "phone", "payment"},
	"ride-hailing": {"phone", "location", "payment"},
	"government":   {"real_name", "id_number", "phone", "address"},
	"health":       {"email", "health"},
	"work":         {"email", "messages", "contacts"},
	"jobs":         {"real_name", "email", "phone", "birth_date"},
	"education":    {"email", "browsing"},
	"developer":    {"email"},
	"security":     {"email"},
	"games":        {"email", "payment", "browsing"},
	"video":        {"email", "browsing", "payment"},
	"music":        {"email", "browsing", "payment"},
	"news":         {"email", "browsing"},
	"dating":       {"email", "phone", "photos", "birth_date", "location", "messages"},
	"carrier":      {"real_name", "id_number", "phone", "address", "payment", "location"},
}

// defaultRealName estimates the real-name rule outside cn-services. Only
// banks and brokers are legally bound to know their customers everywhere;
// for everything else nobody checked, so it stays unknown.
var defaultRealName = map[string]string{"bank": "yes", "finance": "yes"}

// jdmDifficulty maps JustDeleteMe's ratings. "limited" means deletion is
// offered only to residents of some jurisdictions or only through a formal
// privacy request; for a person that is a hard road, so it becomes hard.
var jdmDifficulty = map[string]string{
	"easy": "easy", "medium": "medium", "hard": "hard", "impossible": "impossible", "limited": "hard",
}

// cnDifficulty maps cn-services' ratings. not_applicable marks services
// switched off by their operator: there is nothing to rate, so unknown.
var cnDifficulty = map[string]string{
	"easy": "easy", "medium": "medium", "hard": "hard", "impossible": "impossible",
	"not_applicable": "unknown", "unknown": "unknown",
}

// tfaFactor maps the 2FA directory's methods to catalogue factors.
var tfaFactor = map[string]string{
	"sms": "sms", "call": "call", "email": "email", "totp": "app", "u2f": "key",
	"custom-software": "other", "custom-hardware": "hardware",
}

// cnFactor maps cn-services' protections to catalogue factors. Payment
// passwords, device biometrics, security questions and location alerts
// guard payments or warn after the fact; they are not a second factor at
// sign-in, so they are left out rather than stretched to fit.
var cnFactor = map[string]string{
	"sms_code": "sms", "bound_security_phone": "sms", "email_code": "email",
	"totp": "app", "security_center_token": "app", "security_key": "key",
	"hardware_token": "hardware", "wechat_confirmation": "push",
	"device_lock": "device", "new_device_verification": "device", "trusted_device": "device",
	"voiceprint": "voice",
}
