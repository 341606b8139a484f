def token_bucket(capacity: float, rate: float, requests: list) -> list:
    """Which requests a token bucket admits.

    capacity: the most tokens the bucket holds (it starts full); rate: tokens added per second.
    requests: a list of (t, cost) tuples, t in seconds and non-decreasing.
    A request is allowed if the bucket holds at least `cost` tokens (which it then removes); a refused
    request removes nothing. Returns a list of bools, one per request.
    """
    level, last = capacity, None
    allowed = []
    for t, cost in requests:
        if last is not None:
            level = level + rate * (t - last)  # grows past capacity after a long idle spell: fix this
        last = t
        if level >= cost:
            level -= cost
            allowed.append(True)
        else:
            allowed.append(False)
    return allowed
