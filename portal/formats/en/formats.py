# English dates in the same order as the French ones: "22 November 2026, 21:56"
# (Django's own: "Nov. 22, 2026, 9:56 p.m.").
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
