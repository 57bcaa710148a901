package dev.vitrine.content.entity;

import java.util.List;

/** An item with a specification table (a product), which its translations may give in their language. */
public interface Specified {

    List<SpecRow> getSpecs();

    void replaceSpecs(List<SpecRow> rows);
}
