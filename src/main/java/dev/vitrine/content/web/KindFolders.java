package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.web.PublicRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The public folders of the kinds of item, as {@link ItemKind} states them, for {@link PublicRoutes}. */
@ApplicationScoped
public class KindFolders implements PublicRoutes.Folders {

    @Override
    public Optional<String> listView(String folder) {
        return ItemKind.ofFolder(folder).filter(ItemKind::isCategorized).map(ItemKind::listView);
    }

    @Override
    public Optional<String> itemView(String folder) {
        return ItemKind.ofFolder(folder).map(ItemKind::itemView);
    }
}
