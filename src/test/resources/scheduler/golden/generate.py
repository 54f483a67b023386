import os, subprocess
BASE = os.path.dirname(os.path.abspath(__file__))
import hashlib
PARAMS = {"address": {"ip": "10.9.8.7"}, "webserver": {}, "pinger": {"name": "connectivity"}}
def digest(rid, interval):
    p = dict(PARAMS[rid])
    if interval > 0: p["CRM_meta_timeout"] = "20000"
    txt = " <parameters" + "".join(f' {k}="{v}"' for k,v in sorted(p.items())) + "/>\n"
    return hashlib.md5(txt.encode()).hexdigest()
def op(rid, name, interval, callid, rc=0, target=0, status=0, key=None):
    key = key or f"{rid}_{name}_{interval}"
    ident = f"{rid}_last_0" if interval == 0 and name != "monitor" or (name=="monitor" and interval==0) else f"{rid}_{name}_{interval}"
    if status == 0 and rc != target: ident = f"{rid}_last_failure_0"
    return (f'<lrm_rsc_op id="{ident}" operation_key="{key}" operation="{name}" crm-debug-origin="test" crm_feature_set="3.16.2" '
            f'transition-key="{callid}:1:{target}:4e2c1a9f-0000-4000-8000-000000000001" transition-magic="{status}:{rc};{callid}:1:{target}:4e2c1a9f-0000-4000-8000-000000000001" '
            f'op-digest="{digest(rid, interval)}" exit-reason="" on_node="NODE" call-id="{callid}" rc-code="{rc}" op-status="{status}" interval="{interval}" last-rc-change="1700000000" exec-time="10" queue-time="0"/>')
PRIMS = {"address": ("ocf","heartbeat","IPaddr2"), "webserver": ("ocf","heartbeat","apache"), "pinger": ("ocf","pacemaker","ping")}
def lrm(node, running, failed_monitor=None):
    out = []
    for rid, (c,p,t) in PRIMS.items():
        inst = rid
        if rid == "pinger": inst = "pinger"
        ops = []
        if rid in running or rid == "pinger" and "pinger" in running:
            ops.append(op(inst, "start", 0, 10)); ops.append(op(inst, "monitor", 15000, 11))
            if failed_monitor == rid: ops.append(op(inst, "monitor", 15000, 12, rc=7, key=f"{inst}_monitor_15000").replace(f'id="{inst}_last_failure_0"', f'id="{inst}_last_failure_0"'))
        else:
            ops.append(op(inst, "monitor", 0, 3, rc=7, target=7))
        out.append(f'<lrm_resource id="{inst}" class="{c}" provider="{p}" type="{t}">' + "".join(o.replace("NODE", node) for o in ops) + "</lrm_resource>")
    return "<lrm id=\"%s\"><lrm_resources>%s</lrm_resources></lrm>" % (node, "".join(out))
def cib(nodes_state, constraints="", props="", node_attrs=None, transient=None):
    node_attrs = node_attrs or {}
    transient = transient or {}
    nodes = "".join(f'<node id="{i}" uname="{n}">' + (f'<instance_attributes id="{n}-attrs">' + "".join(f'<nvpair id="{n}-{k}" name="{k}" value="{v}"/>' for k,v in node_attrs.get(n,{}).items()) + '</instance_attributes>' if n in node_attrs else "") + '</node>' for i,(n,_) in enumerate(nodes_state, start=101))
    states = ""
    for i,(n,(online,running,failed)) in enumerate(nodes_state, start=101):
        flags = 'in_ccm="true" crmd="online" join="member" expected="member"' if online else 'in_ccm="false" crmd="offline" join="down" expected="down"'
        ta = transient.get(n, {})
        ta.setdefault("connectivity", "2000")
        tx = f'<transient_attributes id="{i}"><instance_attributes id="status-{i}">' + "".join(f'<nvpair id="status-{i}-{k}" name="{k}" value="{v}"/>' for k,v in ta.items()) + '</instance_attributes></transient_attributes>'
        states += f'<node_state id="{i}" uname="{n}" {flags}>' + tx + (lrm(n, running, failed) if running is not None else "") + '</node_state>'
    return f'''<cib crm_feature_set="3.16.2" validate-with="pacemaker-3.9" epoch="20" num_updates="0" admin_epoch="0" have-quorum="1" dc-uuid="101" execution-date="1700000600">
  <configuration>
    <crm_config><cluster_property_set id="options"><nvpair id="o-stonith" name="stonith-enabled" value="false"/><nvpair id="o-quorum" name="no-quorum-policy" value="ignore"/>{props}</cluster_property_set></crm_config>
    <nodes>{nodes}</nodes>
    <resources>
      <group id="site">
        <primitive id="address" class="ocf" provider="heartbeat" type="IPaddr2"><instance_attributes id="address-params"><nvpair id="address-ip" name="ip" value="10.9.8.7"/></instance_attributes><operations><op id="address-mon" name="monitor" interval="15s"/></operations></primitive>
        <primitive id="webserver" class="ocf" provider="heartbeat" type="apache"><operations><op id="webserver-mon" name="monitor" interval="15s"/></operations></primitive>
      </group>
      <clone id="pingers"><primitive id="pinger" class="ocf" provider="pacemaker" type="ping"><instance_attributes id="pinger-params"><nvpair id="pinger-name" name="name" value="connectivity"/></instance_attributes><operations><op id="pinger-mon" name="monitor" interval="15s"/></operations></primitive></clone>
    </resources>
    <constraints>
      <rsc_location id="site-needs-network" rsc="site"><rule id="site-needs-network-rule" score="-INFINITY" boolean-op="or"><expression id="e1" attribute="connectivity" operation="not_defined"/><expression id="e2" attribute="connectivity" operation="lt" value="1000" type="integer"/></rule></rsc_location>
      {constraints}
    </constraints>
    <rsc_defaults><meta_attributes id="defaults"><nvpair id="d-stick" name="resource-stickiness" value="100"/><nvpair id="d-mt" name="migration-threshold" value="3"/></meta_attributes></rsc_defaults>
  </configuration>
  <status>{states}</status>
</cib>
'''
cases = {
 "fresh-cluster": ("Two nodes up, nothing has run yet: probes everywhere, the group and the clone start",
    cib([("alpha",(True,None,None)),("beta",(True,None,None))])),
 "all-running": ("The group runs on alpha, the clone on both: nothing to do",
    cib([("alpha",(True,["address","webserver","pinger"],None)),("beta",(True,["pinger"],None))])),
 "monitor-failed-once": ("webserver's monitor found it stopped once on alpha: recover it in place",
    cib([("alpha",(True,["address","webserver","pinger"],"webserver")),("beta",(True,["pinger"],None))],
        transient={"alpha":{"fail-count-webserver#monitor_15000":"1","last-failure-webserver#monitor_15000":"1700000500"}})),
 "threshold-reached": ("webserver failed three times on alpha (migration-threshold 3): the group moves to beta",
    cib([("alpha",(True,["address","webserver","pinger"],"webserver")),("beta",(True,["pinger"],None))],
        transient={"alpha":{"fail-count-webserver#monitor_15000":"3","last-failure-webserver#monitor_15000":"1700000500"}})),
 "no-connectivity": ("beta lost its ping attribute value and alpha runs the group: stays, beta may not host it",
    cib([("alpha",(True,["address","webserver","pinger"],None)),("beta",(True,["pinger"],None))], transient={"beta":{"connectivity":"0"}})),
 "move-with-cli-prefer": ("crm resource move site beta: cli-prefer INFINITY on beta beats stickiness",
    cib([("alpha",(True,["address","webserver","pinger"],None)),("beta",(True,["pinger"],None))],
        constraints='<rsc_location id="cli-prefer-site" rsc="site" role="Started" node="beta" score="INFINITY"/>')),
 "standby-alpha": ("alpha goes standby: the group and alpha's ping instance stop there, the group starts on beta",
    cib([("alpha",(True,["address","webserver","pinger"],None)),("beta",(True,["pinger"],None))], node_attrs={"alpha":{"standby":"on"}})),
 "beta-offline": ("beta is down: nothing runs there, the group stays on alpha",
    cib([("alpha",(True,["address","webserver","pinger"],None)),("beta",(False,None,None))])),
}
for name,(desc,xml) in cases.items():
    d = os.path.join(BASE, name); os.makedirs(d, exist_ok=True)
    open(os.path.join(d,"input.xml"),"w").write(xml)
    open(os.path.join(d,"description.txt"),"w").write(desc+"\n")
    out = subprocess.run(["crm_simulate","-x",os.path.join(d,"input.xml"),"-S"],capture_output=True,text=True, env={"LC_ALL":"C","PATH":os.environ["PATH"]})
    open(os.path.join(d,"expected.summary"),"w").write(out.stdout+out.stderr)
    sc = subprocess.run(["crm_simulate","-x",os.path.join(d,"input.xml"),"-s","-R"],capture_output=True,text=True, env={"LC_ALL":"C","PATH":os.environ["PATH"]})
    open(os.path.join(d,"expected.scores"),"w").write("".join(l+"\n" for l in sc.stdout.splitlines() if "allocation score" in l))
    print(name); print(out.stdout[out.stdout.find("Transition Summary"):out.stdout.find("Executing")])
