package org.supportplan.application.service;

/** Helpers for store URLs, which may carry credentials that must never reach a log. */
public final class StoreUrls {

    private StoreUrls() {
    }

    /** The URL with any password (user:password@ or password=...) replaced by {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
