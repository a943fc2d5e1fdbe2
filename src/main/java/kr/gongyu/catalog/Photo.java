package kr.gongyu.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo of a resource, with the text a screen reader reads in its place. */
@Embeddable
public record Photo(String url, @Column(name = "alt_text") String altText) {}
