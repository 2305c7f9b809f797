package catalog

// popular holds, per language region, the 30 services a newcomer most
// likely has, most common first, for the first-run checklist. The order is
// footprint's judgement of reach (daily-use apps, then payment and
// shopping, then travel and the rest), not a measured ranking.
var popular = map[string][]string{
	"cn": {
		"wechat", "alipay", "qq", "taobao", "douyin", "wechat-pay", "pinduoduo",
		"jd", "meituan", "baidu", "china-mobile", "weibo", "kuaishou", "xiaohongshu",
		"bilibili", "eleme", "didi", "amap", "china-railway-12306", "ctrip",
		"icbc", "ccb", "china-unicom", "china-telecom", "netease-cloud-music",
		"qq-mail", "zhihu", "dingtalk", "tmall", "individual-income-tax",
	},
	"global": {
		"google", "apple", "whatsapp", "facebook", "microsoft", "instagram",
		"youtube", "amazon", "tiktok", "x", "linkedin", "paypal", "netflix",
		"spotify", "telegram", "snapchat", "uber", "reddit", "discord", "zoom",
		"ebay", "airbnb", "booking", "dropbox", "yahoo", "pinterest", "steam",
		"signal", "github", "wechat",
	},
}

// Popular returns up to n of the most common services for region ("cn"
// for the Chinese UI, "global" for English), most common first. An
// unknown region gets the global list.
func Popular(region string, n int) []Entry {
	ids, ok := popular[region]
	if !ok {
		ids = popular["global"]
	}
	if n < 0 || n > len(ids) {
		n = len(ids)
	}
	out := make([]Entry, 0, n)
	for _, id := range ids[:n] {
		if e, ok := ByID(id); ok {
			out = append(out, e)
		}
	}
	return out
}
