package kr.gongyu.catalog;

/** A resource became visible in the catalogue and bookable (search indexes it). */
public record ResourcePublished(ResourceId resource) {}
