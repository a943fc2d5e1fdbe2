package kr.gongyu.catalog;

/**
 * A private partner tried to open a resource at a site no sharing agreement in force covers: partners open
 * their resources only under an agreement with the local government.
 */
public class SiteNotShared extends RuntimeException {

    public SiteNotShared(SiteId site) {
        super("No sharing agreement in force covers site " + site);
    }
}
