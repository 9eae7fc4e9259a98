//! The clusters of a drafted dataset: each named project under its cluster, with its status.

use super::doc::Doc;
use super::drafted::{Anchors, untranslated};
use super::ir::Reading;
use crate::model::{Cluster, Project, Section, Source, Status};

/// One cluster per section that names projects, holding them in reading order.
pub(super) fn clusters(
    doc: &Doc,
    reading: &Reading,
    sections: &[Section],
    section_id: &dyn Fn(usize) -> String,
    anchors: &mut Anchors,
) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    for (n, p) in reading.projects.iter().enumerate() {
        let Some(status) = status_of(p.status_word) else {
            continue;
        };
        let section = p.section.map_or_else(|| "front".into(), section_id);
        let cluster_id = format!("c_{section}");
        let id = format!("p{:03}", n + 1);
        anchors.insert(id.clone(), doc.byte_at(p.quote.start));
        let project = Project {
            id,
            name_zh: p.name.clone(),
            name_en: untranslated(&p.name),
            status,
            also: Vec::new(),
            more_unnamed: false,
            planned: p.planned,
            source: Source {
                basis_from: None,
                section: section.clone(),
                quote: doc.verbatim(p.quote.clone()).to_owned(),
                context: None,
            },
        };
        match clusters.iter_mut().find(|c| c.id == cluster_id) {
            Some(c) => c.projects.push(project),
            None => {
                let heading = sections
                    .iter()
                    .find(|s| s.id == section)
                    .map_or_else(String::new, |s| s.title_zh.clone());
                clusters.push(Cluster {
                    level: None,
                    id: cluster_id,
                    label_zh: heading.chars().take(24).collect(),
                    label_en: untranslated(&heading.chars().take(24).collect::<String>()),
                    source: Source {
                        basis_from: None,
                        section,
                        quote: heading.chars().take(80).collect(),
                        context: None,
                    },
                    projects: vec![project],
                });
            }
        }
    }
    clusters
}

fn status_of(word: &str) -> Option<Status> {
    Some(match word {
        "开工" | "开工建设" => Status::Started,
        "落地" | "落地运营" => Status::Landed,
        "投产" => Status::InProduction,
        "竣工" => Status::Completed,
        "签约" => Status::Signed,
        "封顶" => Status::ToppedOut,
        "投入使用" => Status::InUse,
        "投入运营" | "运营" => Status::Operating,
        "扩产" => Status::Expanding,
        "立项" => Status::Approved,
        "入驻" => Status::Settled,
        "摘牌" | "拿地" => Status::LandWon,
        "并网发电" => Status::GridConnected,
        _ => return None,
    })
}
