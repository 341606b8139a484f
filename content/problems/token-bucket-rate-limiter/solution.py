def token_bucket(capacity: float, rate: float, requests: list) -> list:
    level, last = capacity, None
    allowed = []
    for t, cost in requests:
        if last is not None:
            level = min(capacity, level + rate * (t - last))
        last = t
        if level >= cost:
            level -= cost
            allowed.append(True)
        else:
            allowed.append(False)
    return allowed
