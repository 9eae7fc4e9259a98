//! Honours & claims: each honour's title with who holds it, then each claim with whom it is
//! about, each section named when there are both.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, figure_row, heading_row, render_rows};
use crate::view::PanelView;
use crate::view::context_words::{
    about_words, against_words, claim_label, holder_words, honour_title, statuses,
};
use crate::view::standing::{StandingRow, StandingView};
use crate::view::window::Shape;

/// The standing panel.
pub struct StandingPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a StandingView,
}

impl Widget for StandingPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

impl RowPanel for StandingPanel<'_> {
    type Columns = ();

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, _rows: &[usize], _columns: usize) {}

    fn draw_row(&self, row: usize, _columns: &(), area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        match self.view.rows.rows[row] {
            StandingRow::Section(section) => {
                heading_row(area, section.name().get(p.lang), p.theme.title, buf);
            }
            StandingRow::Honour(h) => {
                let honour = &p.data[h];
                let mut holder = holder_words(p.data, honour, p.lang);
                if p.zoomed {
                    let how = statuses(honour.status, &honour.also, p.lang);
                    holder = format!("{holder} · {how}");
                }
                figure_row(area, &honour_title(honour, p.lang), &holder, p.theme.text, buf);
            }
            StandingRow::Claim(c) => {
                let claim = &p.data[c];
                // A claim about the zone says so by naming no one; another's names whom.
                let mut about = claim
                    .about
                    .as_ref()
                    .map_or_else(String::new, |a| about_words(p.data, a, p.lang));
                if p.zoomed && !claim.against.is_empty() {
                    let against = against_words(&claim.against, p.lang);
                    about = [about, against].join(" ").trim().to_owned();
                }
                figure_row(area, &claim_label(claim, p.lang), &about, p.theme.text, buf);
            }
        }
    }
}
