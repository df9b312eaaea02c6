#pragma once

#include <map>
#include <optional>
#include <string>

#include "TrafficPlan.h"
#include "TrafficRequest.h"
#include "api/EndpointInfo.h"

namespace switchyard::models {

// The traffic editor's data: the live split (as the server last answered it) and a pending plan the
// operator edits until it is applied or reverted. All rules (sum ≤ 100, the remainder to the default,
// one default, one control) are TrafficPlan's; this class only keeps the two plans and says why an edit
// was limited.
class TrafficEditModel
{
public:
    // What an edit of one percentile did: the value it got, and whether the sum rule cut it.
    struct Edit
    {
        int applied = 0;
        int maximum = 100; // the most this version could get with the others as they are
        bool limited = false;
    };

    static TrafficPlan planFrom(const EndpointInfo& endpoint);

    // A new answer from the server. With no pending edits the plan follows it; with pending edits the
    // plan is kept and liveChangedWhilePending() turns true until rebase() or discard().
    void setLive(const TrafficPlan& live);
    const TrafficPlan& live() const { return m_live; }
    const TrafficPlan& base() const { return m_base; }
    const TrafficPlan& pending() const { return m_pending; }

    bool isPending() const { return !(m_pending.versions() == m_base.versions()); }
    bool liveChangedWhilePending() const { return m_liveChanged; }

    Edit setPercentile(const std::string& version, int value);
    int maximumFor(const std::string& version) const;
    bool setDefault(const std::string& version);

    // Presets. Each replaces the pending percentiles; false when it does not apply (no control, …).
    bool allToControl();
    // Every treatment (each version but the control) gets an equal share; the control gets none.
    bool evenSplitAmongTreatments();
    // `percent` to one version, nothing to the others: the rest goes to the default.
    bool canary(const std::string& version, int percent);

    void revert();                   // pending = what was live when editing started
    void discard() { setLiveNow(); } // drop the edits and take the new live split
    void rebase();                   // keep the operator's edits on top of the new live split

    std::map<std::string, int> effectivePending() const { return m_pending.effective(); }
    std::map<std::string, int> effectiveLive() const { return m_base.effective(); }
    // Effective pending minus effective live, per version (0 for unchanged).
    std::map<std::string, int> difference() const;
    // One atomic PUT …/traffic that makes the pending plan live.
    TrafficRequest request() const;

private:
    void setLiveNow();

    TrafficPlan m_live;    // the server's latest
    TrafficPlan m_base;    // the live plan the edits started from
    TrafficPlan m_pending; // the edits
    bool m_liveChanged = false;
};

} // namespace switchyard::models
