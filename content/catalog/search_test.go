package catalog_test

import (
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/content/catalog"
)

func ids(es []catalog.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func TestSearchFindsTheServiceFirst(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		{"WeChat", "wechat"},
		{"wechat", "wechat"},
		{"微信", "wechat"},
		{"wx", "wechat"},
		{"weixin", "wechat"},
		{"zfb", "alipay"},
		{"支付宝", "alipay"},
		{"alipay", "alipay"},
		{"tb", "taobao"},
		{"淘宝", "taobao"},
		{"qq", "qq"},
		{"qq.com", "qq"},
		{"12306", "china-railway-12306"},
		{"谷歌", "google"},
		{"gg", "google"},
		{"google", "google"},
		{"gmail.com", "google"},
		{"Ele.me", "eleme"},
		{"饿了么", "eleme"},
		{"elm", "eleme"},
		{"gsyh", "icbc"},
		{"工商银行", "icbc"},
		{"ICBC", "icbc"},
		{"bilibili.com", "bilibili"},
		{"  Spotify ", "spotify"},
		{"脸书", "facebook"},
		{"dy", "douyin"},
		{"xhs", "xiaohongshu"},
	} {
		got := catalog.Search(c.query, 5)
		if len(got) == 0 || got[0].ID != c.want {
			t.Errorf("Search(%q) = %v, want %s first", c.query, ids(got), c.want)
		}
	}
}

func TestSearchToleratesATypo(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		{"gogle", "google"},
		{"spotfy", "spotify"},
		{"netflx", "netflix"},
		{"instagarm", "instagram"},
		{"telegarm", "telegram"},
		{"lnikedin", "linkedin"},
	} {
		got := catalog.Search(c.query, 3)
		found := false
		for _, e := range got {
			found = found || e.ID == c.want
		}
		if !found {
			t.Errorf("Search(%q) = %v, want %s among the first 3", c.query, ids(got), c.want)
		}
	}
}

// Exact beats prefix beats the rest: "qq" is QQ before QQ Mail and QQ Music.
func TestSearchRanksExactThenPrefix(t *testing.T) {
	got := ids(catalog.Search("qq", 10))
	if len(got) < 3 || got[0] != "qq" {
		t.Fatalf("Search(qq) = %v", got)
	}
	rest := strings.Join(got[1:3], ",")
	if !strings.Contains(rest, "qq-mail") && !strings.Contains(rest, "qq-music") {
		t.Errorf("QQ's own services should follow QQ, got %v", got)
	}
	w := ids(catalog.Search("wechat", 3))
	if len(w) < 2 || w[0] != "wechat" || w[1] != "wechat-pay" {
		t.Errorf("Search(wechat) = %v, want wechat then wechat-pay", w)
	}
}

func TestSearchLimitAndNoMatch(t *testing.T) {
	if got := catalog.Search("a", 4); len(got) != 4 {
		t.Errorf("Search(a, 4) returned %d entries", len(got))
	}
	if got := catalog.Search("a", 0); len(got) <= 4 {
		t.Errorf("Search(a, 0) should be unlimited, got %d", len(got))
	}
	if got := catalog.Search("zzzzqqqqxxxx", 10); len(got) != 0 {
		t.Errorf("nonsense query matched %v", ids(got))
	}
}

// Bad input gets an answer, never a panic.
func TestSearchBadInput(t *testing.T) {
	for _, q := range []string{"", "   ", "\xff\xfe\xfd", "\x00\x01", "!!!", strings.Repeat("微信", 500_000), strings.Repeat("a", 1<<20)} {
		got := catalog.Search(q, 10)
		if len(got) > 10 {
			t.Errorf("limit ignored for a %d-byte query", len(q))
		}
	}
	if got := catalog.Search("\xffwechat\xfe", 1); len(got) != 1 || got[0].ID != "wechat" {
		t.Errorf("invalid bytes around a name should be skipped, got %v", ids(got))
	}
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"wx", "微信", "gogle", "\xff", ""} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, q string, limit int) {
		got := catalog.Search(q, limit)
		if limit > 0 && len(got) > limit {
			t.Fatalf("got %d results for limit %d", len(got), limit)
		}
	})
}

func BenchmarkSearch(b *testing.B) {
	for _, q := range []string{"wx", "微信", "alipay", "gogle", "bank", strings.Repeat("x", 1<<20)} {
		name := q
		if len(name) > 16 {
			name = "1MB"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				catalog.Search(q, 20)
			}
		})
	}
}
