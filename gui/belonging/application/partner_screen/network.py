"""Which address of this computer the partner's device can reach: its address on the local
network (the Wi-Fi or the cable), and never one the internet can reach.

The address is the one this computer would use to reach the rest of the network, found by
asking the system for a route (a UDP socket "connected" to a documentation-only address:
no packet is sent). Only private addresses (10/8, 172.16/12, 192.168/16, and link-local
169.254/16) are used; a computer with none is told why, in `LocalAddress.problem`.
"""

from __future__ import annotations

import enum
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass

#: The port tried first, so a firewall rule for it keeps working; another if it is taken.
PREFERRED_PORT = 48620
#: TEST-NET-1 (RFC 5737): never routed on the internet; only the route to it is looked up.
_PROBE = ("192.0.2.1", 9)
_LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(network)
    for network in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")
)


class AddressProblem(enum.Enum):
    """Why the partner's screen cannot be offered on this computer's network."""

    #: No network at all (or only this computer's own loopback).
    NO_NETWORK = "no_network"
    #: The only address is one the internet can reach: listening there is refused.
    NOT_LOCAL = "not_local"


@dataclass(frozen=True)
class LocalAddress:
    """Where to listen: `host`, or None and the `problem` that stops it."""

    host: str | None
    problem: AddressProblem | None = None


#: How the partner's screen finds its address (tests give their own, on loopback).
AddressFinder = Callable[[], LocalAddress]


def classify(host: str | None) -> LocalAddress:
    """`host` if it is on a local network; otherwise the problem with it."""
    if not host:
        return LocalAddress(None, AddressProblem.NO_NETWORK)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return LocalAddress(None, AddressProblem.NO_NETWORK)
    if address.is_loopback or address.is_unspecified:
        return LocalAddress(None, AddressProblem.NO_NETWORK)
    if any(address in network for network in _LOCAL_NETWORKS):
        return LocalAddress(host)
    return LocalAddress(None, AddressProblem.NOT_LOCAL)


def find_local_address() -> LocalAddress:
    """This computer's address on its local network, or why there is none."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            host = probe.getsockname()[0]
    except OSError:
        return LocalAddress(None, AddressProblem.NO_NETWORK)
    return classify(host)
