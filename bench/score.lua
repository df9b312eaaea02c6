-- wrk script: POST one scoring row, as a client of /score/{endpoint} would.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"data": [[0.5, 1.5]]}'
