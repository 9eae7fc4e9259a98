//! A value per panel, keyed by `PanelId`: sized from the registry, so a new panel cannot be missed.

use super::PanelId;

/// One `T` for each panel of the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelMap<T>(Vec<T>);

impl<T> PanelMap<T> {
    /// A map with `value(panel)` for every panel.
    pub fn new(value: impl FnMut(&PanelId) -> T) -> PanelMap<T> {
        PanelMap(PanelId::ALL.iter().map(value).collect())
    }

    /// Every panel with its value, in reading order.
    pub fn iter(&self) -> impl Iterator<Item = (PanelId, &T)> {
        PanelId::ALL.iter().copied().zip(&self.0)
    }
}

impl<T: Default> Default for PanelMap<T> {
    fn default() -> PanelMap<T> {
        PanelMap::new(|_| T::default())
    }
}

impl<T> std::ops::Index<PanelId> for PanelMap<T> {
    type Output = T;
    fn index(&self, panel: PanelId) -> &T {
        // Built with one entry per registered panel, so every id is in range.
        &self.0[panel.index()]
    }
}

impl<T> std::ops::IndexMut<PanelId> for PanelMap<T> {
    fn index_mut(&mut self, panel: PanelId) -> &mut T {
        &mut self.0[panel.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_has_its_own_slot() {
        let mut map: PanelMap<usize> = PanelMap::default();
        for panel in PanelId::ALL {
            map[*panel] = panel.index() * 10;
        }
        for (panel, value) in map.iter() {
            assert_eq!(*value, panel.index() * 10);
        }
        assert_eq!(map.iter().count(), PanelId::ALL.len());
    }
}
