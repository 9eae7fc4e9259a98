//! What a report's title and opening lines say: the zone's name, a part of the year the
//! report covers, the date a speech was given.

use super::doc::Doc;
use super::words::ZONE_KINDS;

/// The zone's name as a title writes it: what comes before the year or the body's name; a
/// second name in brackets (X开发区（X区）) is left out.
pub fn zone_of(title: &str) -> Option<String> {
    let cut = title
        .find(|c: char| c.is_ascii_digit() || c == '(')
        .unwrap_or(title.len());
    let mut name = &title[..cut];
    for suffix in [
        "管理委员会",
        "管委会",
        "工委",
        "人民政府",
        "政府",
        "工作报告",
        "关于",
    ] {
        if let Some(at) = name.find(suffix) {
            name = &name[..at];
        }
    }
    // 在X开发区…会议上的报告: the place of a meeting.
    let name = name.trim().trim_start_matches('在');
    (name.chars().count() >= 2).then(|| name.to_owned())
}

/// The zone a text names when its title does not (政府工作报告): the first name ending in a
/// zone's kind near the start, its place name being the longest one the text writes again.
pub fn zone_in_body(doc: &Doc) -> Option<String> {
    // A site's page may name its zone only in its banner and source line (蔚岑工业园区管理委员会
    // 首页 | …, 来源：…): those are read when the body names none.
    zone_in_lines(doc, false).or_else(|| zone_in_lines(doc, true))
}

fn zone_in_lines(doc: &Doc, with_clutter: bool) -> Option<String> {
    let lines = doc
        .lines
        .iter()
        .filter(|l| with_clutter || !l.clutter)
        .take(12);
    let text: String = lines
        .map(|l| doc.folded(l.range.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    // The opening of the text only, and a bounded stretch of it searched: a text of one huge
    // line must not cost a search of the whole text per character.
    let chars: Vec<char> = text.chars().take(OPENING_CHARS).collect();
    let whole = doc.folded(0..doc.chars.len().min(WRITTEN_AGAIN_CHARS));
    let kinds: Vec<Vec<char>> = ZONE_KINDS.iter().map(|k| k.chars().collect()).collect();
    let mut tried = 0;
    let mut fallback = None;
    for end in 0..=chars.len() {
        let Some(kind) = kinds.iter().find(|k| chars[..end].ends_with(k)) else {
            continue;
        };
        let kind: String = kind.iter().collect();
        let start = end - kind.chars().count();
        // The place name: two to five Chinese characters written again elsewhere in the text
        // (榆汀 in 榆汀经济开发区 and 榆汀经开区), longest first.
        let place = (2..=5).rev().find_map(|n| {
            let from = start.checked_sub(n)?;
            let place: String = chars[from..start].iter().collect();
            let chinese = place
                .chars()
                .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            (chinese
                && !NOT_IN_A_PLACE.iter().any(|w| place.contains(w))
                && whole.matches(&place).count() >= 3)
                .then_some(place)
        });
        tried += 1;
        // Else the two characters before the first name, when they can be a place's: a text
        // may name its zone once and call it 开发区 after (也是榆汀经济开发区爬坡过坎的一年).
        if fallback.is_none() && start >= 2 {
            let two: String = chars[start - 2..start].iter().collect();
            let chinese = two.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            if chinese && !NOT_IN_A_PLACE.iter().any(|w| two.contains(w)) {
                fallback = Some(format!("{two}{kind}"));
            }
        }
        match place {
            Some(place) => return Some(format!("{place}{kind}")),
            // A few names tried: the zone is named early or not at all.
            None if tried >= 8 => return fallback,
            None => {}
        }
    }
    fallback
}

/// Words no place name holds: a speaker (我代表), a level (省级), a place's position.
const NOT_IN_A_PLACE: &[&str] = &[
    "在", "我", "代表", "级", "全", "本", "各", "的", "和", "是", "也", "省", "市", "家",
    // 高新技术产业园区: the rest of a longer kind's name.
    "技术", "产业", "工业", "经济", "高新",
];

/// Short names and the full names they stand for (朔川高新区 → 朔川高新技术产业开发区).
const SHORT_KINDS: &[(&str, &str)] = &[
    ("高新区", "高新技术产业开发区"),
    ("经开区", "经济技术开发区"),
    ("综保区", "综合保税区"),
    ("保税区", "综合保税区"),
];

/// The full kind a short one stands for (综保区 → 综合保税区), or the kind itself.
pub fn full_kind(kind: &str) -> &str {
    SHORT_KINDS
        .iter()
        .find(|(short, _)| *short == kind)
        .map_or(kind, |(_, full)| full)
}

/// The full name of `zone` when it is a short one and the text writes the full one too.
pub fn full_name(zone: &str, doc: &Doc) -> Option<String> {
    let (short, full) = SHORT_KINDS.iter().find(|(s, _)| zone.ends_with(s))?;
    let place = zone.strip_suffix(short)?;
    let text = doc.folded(0..doc.chars.len().min(WRITTEN_AGAIN_CHARS));
    // 砚溆国家高新技术产业开发区: a national zone's name may say so.
    [format!("{place}{full}"), format!("{place}国家{full}")]
        .into_iter()
        .find(|name| text.contains(name.as_str()))
}

/// How far into the text a zone's name is looked for.
const OPENING_CHARS: usize = 2_000;
/// How much of the text is searched for the place name written again.
const WRITTEN_AGAIN_CHARS: usize = 20_000;

/// The part of the year a title says the report covers (…2023年上半年经济运行情况).
pub fn part_of_year(title: &str) -> Option<String> {
    super::year_parts::part_of_year(title)
}

/// The year of a speech's date in the lines under the title (——2021年1月22日在…会议上) when
/// it was given in the first months of the year: the report then looks back on the year before.
pub fn speech_year(doc: &Doc) -> Option<i32> {
    doc.lines
        .iter()
        .filter(|l| !l.clutter)
        .take(4)
        .map(|l| doc.folded(l.range.clone()))
        .find_map(|line| {
            let line = line.trim_start_matches(['—', '-', ' ']);
            let year = super::periods::year_in(line.get(..7)?)?;
            let month: u32 = line.get(7..)?.split('月').next()?.parse().ok()?;
            (line.contains('在') && (1..=4).contains(&month)).then_some(year)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_names_the_zone_without_its_second_name() {
        assert_eq!(
            zone_of("渟川高新区(渟川区)2024年工作报告").as_deref(),
            Some("渟川高新区")
        );
        assert_eq!(
            zone_of("青岚湖高新技术产业开发区管委会2023年工作报告").as_deref(),
            Some("青岚湖高新技术产业开发区")
        );
    }

    #[test]
    fn the_body_names_the_zone_a_generic_title_does_not() {
        let doc = Doc::new(
            "政府工作报告\n现在，我代表榆汀经济开发区管委会报告工作。\n榆汀经开区全年……榆汀的发展。\n",
        );
        assert_eq!(zone_in_body(&doc).as_deref(), Some("榆汀经济开发区"));
    }

    #[test]
    fn a_short_name_is_written_out_as_the_text_writes_it_in_full() {
        let doc = Doc::new(
            "砚溆国家高新技术产业开发区管理委员会\n2019年前三季度砚溆高新区经济运行情况\n",
        );
        assert_eq!(
            full_name("砚溆高新区", &doc).as_deref(),
            Some("砚溆国家高新技术产业开发区")
        );
    }

    #[test]
    fn a_speech_in_january_looks_back_on_the_year_before() {
        let doc = Doc::new("翎湾新区管委会工作报告\n——2021年1月22日在翎湾新区2021年工作会议上\n");
        assert_eq!(speech_year(&doc), Some(2021));
        assert_eq!(
            part_of_year("枫浔工业园区2023年上半年经济运行情况").as_deref(),
            Some("上半年")
        );
    }
}
