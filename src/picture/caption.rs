//! What a picture says about itself: the report's title and where its figures come from.

use crate::lang::Lang;
use crate::model::Dataset;

/// The name and description a picture carries (`<title>` and `<desc>` in SVG).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Caption {
    pub title: String,
    pub description: String,
    /// Language tag of the text (`en`, `zh`).
    pub lang: &'static str,
}

impl Caption {
    /// The caption of a frame of `data` shown in `lang`.
    pub fn for_dataset(data: &Dataset, lang: Lang) -> Caption {
        let zone = lang.pick(&data.zone.name_zh, &data.zone.name_en);
        let report = &data.report;
        let title = format!("{zone} · {}", lang.pick(&report.title_zh, &report.title_en));
        let description = match lang {
            Lang::Zh => format!(
                "{},{}。数字摘自报告原文({}),由 zonedash 绘制。",
                report.publisher_zh, report.published_zh, report.source_file
            ),
            Lang::En => format!(
                "{}, {}. Figures quoted from the report's text ({}), drawn by zonedash.",
                report.publisher_en, report.published_en, report.source_file
            ),
        };
        Caption {
            title,
            description,
            lang: lang.pick("zh", "en"),
        }
    }
}
