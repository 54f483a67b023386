package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.ClusterSummary;
import io.tandem.service.MoveKind;
import java.time.Instant;

/** crm_mon's Cluster Summary as tiles, plus the banners an admin must not miss. */
final class SummaryPanel extends Div {

    private final Div banners = new Div();
    private final Div tiles = new Div();

    SummaryPanel() {
        addClassName("summary");
        banners.addClassName("banners");
        tiles.addClassName("tiles");
        add(banners, tiles);
    }

    void update(ClusterSnapshot s, Instant now) {
        ClusterSummary c = s.summary();
        banners.removeAll();
        if (c.maintenanceMode()) {
            banners.add(banner("banner-maintenance", getTranslation("banner.maintenance")));
        }
        if (!c.stonithEnabled()) {
            banners.add(banner("banner-stonith", getTranslation("banner.stonith-disabled")));
        }
        long bans = s.moveConstraints().stream().filter(m -> m.kind() == MoveKind.BAN).count();
        if (bans > 0) {
            banners.add(banner("banner-bans", getTranslation("banner.bans", bans)));
        }
        if (!c.quorate()) {
            banners.add(banner("banner-quorum", getTranslation("banner.no-quorum")));
        }
        tiles.removeAll();
        tiles.add(tile("tile-dc", getTranslation("summary.dc"), c.dc().orElse(getTranslation("summary.none")), ""));
        tiles.add(tile("tile-quorum", getTranslation("summary.quorum"),
                getTranslation(c.quorate() ? "summary.quorate" : "summary.no-quorum"), c.quorate() ? "ok" : "bad"));
        tiles.add(tile("tile-nodes", getTranslation("summary.nodes"), Integer.toString(c.nodesConfigured()), ""));
        tiles.add(tile("tile-resources", getTranslation("summary.resources"), Integer.toString(c.resourcesConfigured()), ""));
        Div last = tile("tile-last-change", getTranslation("summary.last-change"), Times.ago(this, c.lastChange(), now), "");
        Span by = new Span(getTranslation("summary.by", c.lastChangeBy(), c.lastChangeOrigin(), Times.dateTime(c.lastChange())));
        by.addClassName("tile-sub");
        last.add(by);
        tiles.add(last);
        tiles.add(tile("tile-stonith", getTranslation("summary.stonith"),
                getTranslation(c.stonithEnabled() ? "summary.enabled" : "summary.disabled"), c.stonithEnabled() ? "ok" : "warn"));
    }

    private static Div banner(String id, String text) {
        Div b = new Div(new Span(text));
        b.addClassNames("banner", id);
        b.setId(id);
        return b;
    }

    private static Div tile(String id, String label, String value, String tone) {
        Span l = new Span(label);
        l.addClassName("tile-label");
        Span v = new Span(value);
        v.addClassName("tile-value");
        Div t = new Div(l, v);
        t.addClassName("tile");
        if (!tone.isEmpty()) {
            t.addClassName("tone-" + tone);
        }
        t.setId(id);
        return t;
    }
}
