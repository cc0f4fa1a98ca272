{{/*
One service's Deployment. Probes: startup and liveness on /alive (the process), readiness on /health (every
dependency); a startup probe instead of long initial delays. Shutdown: preStop sleeps while endpoints drop the
pod, then SIGTERM lets the host finish in-flight messages within terminationGracePeriodSeconds. The root
filesystem is read-only, so /tmp is an emptyDir (.NET writes its diagnostics IPC socket there). secretFiles mounts
keys of existing Secrets as read-only files (the Simulator's stream certificate and key; its public certificate in the
clients that pin it).
*/}}
{{- define "statistico-common.deployment" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
{{- $ctx := dict "root" .root "name" .name "settings" $s -}}
{{- $fullname := include "statistico-common.componentName" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  {{- if not (or $s.autoscaling.enabled $s.keda.enabled) }}
  replicas: {{ $s.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "statistico-common.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "statistico-common.labels" . | nindent 8 }}
      annotations:
        # A changed ConfigMap rolls the pods.
        checksum/config: {{ include "statistico-common.config" $ctx | sha256sum }}
    spec:
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $s.terminationGracePeriodSeconds }}
      securityContext:
        {{- include "statistico-common.podSecurityContext" . | nindent 8 }}
      {{- with .root.Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $s.topologySpread }}
      topologySpreadConstraints:
        {{- range . }}
        - maxSkew: {{ .maxSkew }}
          topologyKey: {{ .topologyKey }}
          whenUnsatisfiable: {{ .whenUnsatisfiable }}
          labelSelector:
            matchLabels:
              {{- include "statistico-common.selectorLabels" $ | nindent 14 }}
        {{- end }}
      {{- end }}
      containers:
        - name: {{ kebabcase .name }}
          image: {{ include "statistico-common.image" $ctx }}
          imagePullPolicy: {{ .root.Values.global.imagePullPolicy }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
            {{- if $s.streamPort }}
            - name: stream
              containerPort: {{ $s.streamPort }}
              protocol: TCP
            {{- end }}
          env:
            {{- if $s.database }}
            {{- /* The migration Job migrates the database; the service does not (several replicas never race). */}}
            - name: Database__MigrateOnStart
              value: "false"
            {{- end }}
            {{- include "statistico-common.env" $ctx | nindent 12 }}
          envFrom:
            - configMapRef:
                name: {{ $fullname }}
          startupProbe:
            httpGet: {path: /alive, port: http}
            periodSeconds: {{ $s.probes.startup.periodSeconds }}
            failureThreshold: {{ $s.probes.startup.failureThreshold }}
          livenessProbe:
            httpGet: {path: /alive, port: http}
            periodSeconds: {{ $s.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $s.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $s.probes.liveness.failureThreshold }}
          readinessProbe:
            httpGet: {path: /health, port: http}
            periodSeconds: {{ $s.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $s.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $s.probes.readiness.failureThreshold }}
          lifecycle:
            preStop:
              sleep:
                seconds: {{ $s.preStopSleepSeconds }}
          resources:
            {{- toYaml $s.resources | nindent 12 }}
          securityContext:
            {{- include "statistico-common.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- range $i, $file := $s.secretFiles }}
            - name: secret-file-{{ $i }}
              mountPath: {{ $file.mountPath }}
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
        {{- range $i, $file := $s.secretFiles }}
        - name: secret-file-{{ $i }}
          secret:
            secretName: {{ $file.secretName }}
            {{- with $file.keys }}
            items:
              {{- range . }}
              - {key: {{ . }}, path: {{ . }}}
              {{- end }}
            {{- end }}
        {{- end }}
{{- end -}}
