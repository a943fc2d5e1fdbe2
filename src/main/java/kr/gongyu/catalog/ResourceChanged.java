package kr.gongyu.catalog;

/** Staff revised a resource's description, capacity, fee or eligibility (search re-indexes it). */
public record ResourceChanged(ResourceId resource) {}
