#!/bin/bash
apt install -y postfix-mysql
