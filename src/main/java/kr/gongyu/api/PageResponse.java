package kr.gongyu.api;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page this is. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {}
