// Command gen writes footprint's password-scoring benchmark corpus: one JSON
// object per line, {"cat": category, "pw": password}, generated
// deterministically from -seed so every run compares the same entries.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"

	"github.com/trustelem/zxcvbn/frequency"
)

type entry struct {
	Cat string `json:"cat"`
	PW  string `json:"pw"`
}

func main() {
	seed := flag.Int64("seed", 1, "random seed")
	per := flag.Int("per", 400, "entries per category")
	flag.Parse()
	r := rand.New(rand.NewSource(*seed))
	g := gen{r: r}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range categories {
		for i := 0; i < *per; i++ {
			if err := enc.Encode(entry{c.name, c.make(&g)}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(list []string) string { return list[g.r.Intn(len(list))] }

// top picks from the first n entries of a frequency list, skewed to the top.
func (g *gen) top(name string, n int) string {
	l := frequency.FrequencyLists[name]
	if n > len(l) {
		n = len(l)
	}
	k := int(float64(n) * g.r.Float64() * g.r.Float64())
	return l[k]
}

func (g *gen) chars(set string, n int) string {
	rs := []rune(set)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(rs[g.r.Intn(len(rs))])
	}
	return b.String()
}

func (g *gen) capitalize(s string) string {
	if s == "" || g.r.Intn(3) != 0 {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

const (
	lower   = "abcdefghijklmnopqrstuvwxyz"
	upper   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits  = "0123456789"
	symbols = "!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~"
	hanzi   = "我爱你中国人大小天地上下水火山木日月心想家好学生老师朋友张王李刘陈杨黄赵吴周一二三四五六七八九十百千万年春夏秋冬风花雪龙凤宝贝快乐幸福平安密码"
	kana    = "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ"
	hangul  = "가나다라마바사아자차카타파하사랑해요"
	cyr     = "абвгдеёжзийклмнопрстуфхцчшщыэюя"
	greek   = "αβγδεζηθικλμνξοπρστυφχψω"
	arabic  = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
	emoji   = "😀😁😂🤣😃😄😅😆😉😊😍😘🥰😎🤔🙂🙃🐶🐱🐼🦊🐯🌸🌟⭐🔥💖💯🎉🍀🌈🍎🍕⚽🚀❤️"
)

var keyboards = []string{
	"qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc", "qazwsxedc", "zaq12wsx",
	"1234qwer", "qweasdzxc", "poiuytrewq", "mnbvcxz", "!QAZ2wsx", "1q2w3e4r5t",
	"741852963", "147258369", "159753", "qwerty123", "asdf;lkj", "QWERTY", "wsxedc", "yhnujm",
}

var (
	pinyinWords = []string{"woaini", "nihao", "baobei", "laopo", "laogong", "qinaide", "mima", "zhongguo", "beijing", "shanghai", "kuaile", "xingfu", "aiqing", "tiantian", "woaiwojia", "xiangni"}
	surnames    = []string{"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "zheng"}
	given       = []string{"wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yong", "yan", "jie", "tao", "ming", "chao", "xiuying", "hua", "hong", "ling"}
	lucky       = []string{"520", "1314", "5201314", "888", "666", "168", "518", "8888", "6666", "1314520"}
)

func (g *gen) date() string {
	y := 1950 + g.r.Intn(76)
	m := 1 + g.r.Intn(12)
	d := 1 + g.r.Intn(28)
	switch g.r.Intn(6) {
	case 0:
		return fmt.Sprintf("%04d%02d%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d%02d%04d", m, d, y)
	case 2:
		return fmt.Sprintf("%02d%02d%02d", y%100, m, d)
	case 3:
		return fmt.Sprintf("%d-%d-%d", y, m, d)
	case 4:
		return fmt.Sprintf("%02d/%02d/%02d", d, m, y%100)
	}
	return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
}

var categories = []struct {
	name string
	make func(g *gen) string
}{
	{"common", func(g *gen) string { return g.top("passwords", 30000) }},
	{"word", func(g *gen) string { return g.capitalize(g.top("english_wikipedia", 30000)) }},
	{"name", func(g *gen) string {
		l := []string{"female_names", "male_names", "surnames"}[g.r.Intn(3)]
		return g.capitalize(g.top(l, 3000))
	}},
	{"word_digits", func(g *gen) string {
		return g.capitalize(g.top("english_wikipedia", 20000)) + g.chars(digits, g.r.Intn(5))
	}},
	{"date", func(g *gen) string { return g.date() }},
	{"name_date", func(g *gen) string { return g.capitalize(g.top("female_names", 2000)) + g.date() }},
	{"keyboard", func(g *gen) string {
		k := g.pick(keyboards)
		if g.r.Intn(3) == 0 {
			k += g.chars(digits, 1+g.r.Intn(3))
		}
		return k
	}},
	{"l33t", func(g *gen) string {
		w := g.top("passwords", 10000)
		subs := map[byte]string{'a': "4@", 'e': "3", 'i': "1!", 'o': "0", 's': "$5", 't': "7+", 'l': "1|"}
		b := []byte(w)
		var out strings.Builder
		for _, c := range b {
			if s, ok := subs[c]; ok && g.r.Intn(2) == 0 {
				out.WriteByte(s[g.r.Intn(len(s))])
			} else {
				out.WriteByte(c)
			}
		}
		return out.String()
	}},
	{"repeat", func(g *gen) string {
		base := g.chars(lower+digits+symbols, 1+g.r.Intn(4))
		if g.r.Intn(2) == 0 {
			base = g.top("passwords", 2000)
		}
		s := strings.Repeat(base, 2+g.r.Intn(4))
		if len(s) > 40 {
			s = s[:40]
		}
		return s
	}},
	{"sequence", func(g *gen) string {
		sets := []string{lower, upper, digits, "zyxwvutsrqponmlkjihgfedcba", "9876543210", "acegikmoqsuwy", "13579"}
		set := g.pick(sets)
		n := 3 + g.r.Intn(len(set)-2)
		start := g.r.Intn(len(set) - n + 1)
		s := set[start : start+n]
		if g.r.Intn(3) == 0 {
			s += g.chars(digits+symbols, 1+g.r.Intn(3))
		}
		return s
	}},
	{"random", func(g *gen) string {
		sets := []string{lower, lower + digits, lower + upper + digits, lower + upper + digits + symbols, digits}
		return g.chars(g.pick(sets), 4+g.r.Intn(17))
	}},
	{"passphrase", func(g *gen) string {
		n := 2 + g.r.Intn(4)
		sep := []string{"", " ", "-", ".", "_"}[g.r.Intn(5)]
		var ws []string
		for i := 0; i < n; i++ {
			ws = append(ws, g.top("english_wikipedia", 10000))
		}
		return strings.Join(ws, sep)
	}},
	{"cjk", func(g *gen) string {
		s := g.chars(hanzi, 1+g.r.Intn(8))
		switch g.r.Intn(4) {
		case 0:
			s += g.chars(digits, 1+g.r.Intn(6))
		case 1:
			s = strings.Repeat(g.chars(hanzi, 1+g.r.Intn(2)), 2+g.r.Intn(3))
		case 2:
			s = g.top("passwords", 3000) + s
		}
		return s
	}},
	{"other_scripts", func(g *gen) string {
		set := g.pick([]string{kana, hangul, cyr, greek, arabic, "àáâãäåçèéêëìíîïñòóôõöùúûüý"})
		if g.r.Intn(4) == 0 {
			rs := []rune(set)
			k := g.r.Intn(len(rs) - 4)
			return string(rs[k : k+3+g.r.Intn(2)])
		}
		s := g.chars(set, 2+g.r.Intn(10))
		if g.r.Intn(3) == 0 {
			s += g.chars(digits, 1+g.r.Intn(4))
		}
		return s
	}},
	{"emoji", func(g *gen) string {
		s := g.chars(emoji, 1+g.r.Intn(5))
		switch g.r.Intn(4) {
		case 0:
			s = g.top("passwords", 3000) + s
		case 1:
			s = strings.Repeat(g.chars(emoji, 1), 2+g.r.Intn(4))
		}
		return s
	}},
	{"chinese_patterns", func(g *gen) string {
		var parts []string
		for i := 0; i < 1+g.r.Intn(3); i++ {
			switch g.r.Intn(4) {
			case 0:
				parts = append(parts, g.pick(pinyinWords))
			case 1:
				parts = append(parts, g.pick(surnames)+g.pick(given))
			case 2:
				parts = append(parts, g.pick(lucky))
			case 3:
				y, m, d := 1960+g.r.Intn(60), 1+g.r.Intn(12), 1+g.r.Intn(28)
				parts = append(parts, []string{fmt.Sprintf("%04d%02d%02d", y, m, d), fmt.Sprintf("%02d%02d", m, d), fmt.Sprintf("%02d%02d%02d", y%100, m, d)}[g.r.Intn(3)])
			}
		}
		return strings.Join(parts, "")
	}},
	{"long", func(g *gen) string {
		switch g.r.Intn(3) {
		case 0:
			return g.chars(lower+upper+digits+symbols, 25+g.r.Intn(40))
		case 1:
			return strings.Repeat(g.top("passwords", 500), 4+g.r.Intn(4))
		}
		var ws []string
		for i := 0; i < 5+g.r.Intn(4); i++ {
			ws = append(ws, g.top("english_wikipedia", 5000))
		}
		return strings.Join(ws, " ")
	}},
}
