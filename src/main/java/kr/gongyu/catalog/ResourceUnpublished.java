package kr.gongyu.catalog;

/** A resource was withdrawn from the catalogue (search drops it; bookings of it are refused). */
public record ResourceUnpublished(ResourceId resource) {}
