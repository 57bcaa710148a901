package dev.vitrine.search.service;

import java.util.List;

/** One page of results, and how many there are in all. */
public record SearchResults(List<SearchHit> hits, long total) {}
