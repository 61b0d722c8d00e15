package vn.motcua.server.service;

import vn.motcua.client.ServiceInfo;

/** A service of the centre with its ticket prefix and its targets. */
public record ServiceDef(String code, String prefix, String nameVi, String nameEn, int targetWaitMinutes,
                         int targetProcessingMinutes, int defaultServiceMinutes, boolean carryOver, int sortOrder) {
    public ServiceInfo toInfo() {
        return new ServiceInfo(code, prefix, nameVi, nameEn, targetWaitMinutes, targetProcessingMinutes);
    }

    public long targetWaitMillis() {
        return targetWaitMinutes * 60_000L;
    }
}
