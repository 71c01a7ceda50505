"""Analysis over the store: dyad series, timelines, profiles, reports, networks."""
