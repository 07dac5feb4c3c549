# The portal's French dates: « 22 novembre 2026, 21h56 », as the network's
# documents write them (Django's own: « 22 novembre 2026 21:56 »).
DATETIME_FORMAT = r"j F Y, H\hi"
TIME_FORMAT = r"H\hi"
