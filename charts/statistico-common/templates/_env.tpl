{{/*
The container's environment, shared by a service's Deployment and its migration container:
- connection strings (ConnectionStrings__<name>, the Aspire resource names) by reference to Secrets only;
- secretEnv: further settings from existing Secrets (e.g. Betfair__Password);
- the environment name, the OpenTelemetry endpoint and the broker's queue type (an infrastructure value).
Settings that are not secret come from the component's ConfigMap (envFrom), or for the migration Job, which runs
before the ConfigMaps exist, from "statistico-common.configEnv".
*/}}
{{- define "statistico-common.env" -}}
{{- $root := .root -}}
{{- $s := .settings -}}
{{- $infra := $root.Values.infrastructure -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ $root.Values.global.environment | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ kebabcase .name | quote }}
{{- with $root.Values.global.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- if $s.messaging }}
- name: Messaging__QueueType
  value: {{ $infra.rabbitmq.queueType | quote }}
{{- end }}
{{- if eq $infra.mode "external" }}
{{- range $name := include "statistico-common.connectionNames" $s | fromYamlArray }}
- name: ConnectionStrings__{{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $infra.external.secretName }}
      key: {{ $name }}
{{- end }}
{{- else }}
{{- /* Operator mode: the operators' generated Secrets hold the credentials; $(VAR) is expanded by the kubelet. */}}
{{- if $s.database }}
- name: POSTGRES_USER
  valueFrom: {secretKeyRef: {name: {{ $root.Release.Name }}-postgres-app, key: username}}
- name: POSTGRES_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $root.Release.Name }}-postgres-app, key: password}}
- name: ConnectionStrings__{{ $s.database }}
  value: "Host={{ $root.Release.Name }}-postgres-rw;Username=$(POSTGRES_USER);Password=$(POSTGRES_PASSWORD);Database={{ $s.database }}"
{{- end }}
{{- if $s.messaging }}
- name: RABBITMQ_USER
  valueFrom: {secretKeyRef: {name: {{ $root.Release.Name }}-rabbitmq-default-user, key: username}}
- name: RABBITMQ_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $root.Release.Name }}-rabbitmq-default-user, key: password}}
- name: ConnectionStrings__messaging
  value: "amqp://$(RABBITMQ_USER):$(RABBITMQ_PASSWORD)@{{ $root.Release.Name }}-rabbitmq:5672/"
{{- end }}
{{- if $s.cache }}
- name: ConnectionStrings__cache
  value: "{{ $root.Release.Name }}-redis:6379"
{{- end }}
{{- end }}
{{- range $key, $ref := $s.secretEnv }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secretName }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}

{{/* The connection-string names a component reads: messaging, cache, its own database. */}}
{{- define "statistico-common.connectionNames" -}}
{{- $names := list -}}
{{- if .messaging }}{{ $names = append $names "messaging" }}{{ end -}}
{{- if .cache }}{{ $names = append $names "cache" }}{{ end -}}
{{- if .database }}{{ $names = append $names .database }}{{ end -}}
{{- toYaml $names -}}
{{- end -}}

{{/* The component's settings (config) rendered through tpl, so a value may name another component's host. */}}
{{- define "statistico-common.config" -}}
{{- $root := .root -}}
{{- range $key, $value := .settings.config }}
{{ $key }}: {{ tpl (toString $value) $root | quote }}
{{- end }}
{{- end -}}

{{- define "statistico-common.configEnv" -}}
{{- range $key, $value := include "statistico-common.config" . | fromYaml }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}
