#!/usr/bin/python3
# Test stand-in for iputils ping (not installed on every build machine): "ping -n -q -W T -c N HOST".
# Sends up to N ICMP echo requests (raw socket, root), waits T s for each; exit 0 on a reply, 1 otherwise,
# which is all ocf:pacemaker:ping reads.
import os, select, socket, struct, sys, time

def checksum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF

args = sys.argv[1:]
wait, count, host = 1.0, 1, args[-1]
for i, a in enumerate(args[:-1]):
    if a == "-W":
        wait = float(args[i + 1])
    elif a == "-c":
        count = int(args[i + 1])
sock = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
ident = os.getpid() & 0xFFFF
for seq in range(1, count + 1):
    body = struct.pack("!HH", ident, seq) + b"tandem"
    pkt = struct.pack("!BBH", 8, 0, 0) + body
    pkt = struct.pack("!BBH", 8, 0, checksum(pkt)) + body
    try:
        sock.sendto(pkt, (host, 0))
    except OSError:
        time.sleep(wait)
        continue
    end = time.time() + wait
    while time.time() < end:
        r, _, _ = select.select([sock], [], [], max(0, end - time.time()))
        if not r:
            break
        data, _ = sock.recvfrom(1500)
        ihl = (data[0] & 0x0F) * 4
        t, _, _, rid, rseq = struct.unpack("!BBHHH", data[ihl:ihl + 8])
        if t == 0 and rid == ident and rseq == seq:
            print("1 packets transmitted, 1 received")
            sys.exit(0)
print("%d packets transmitted, 0 received" % count)
sys.exit(1)
