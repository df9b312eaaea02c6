-- wrk script: POST one scoring row, as a client of /score/{endpoint} would.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"data": [[0.5, 1.5]]}'
-- With key auth on (bench/router-vs-nginx.sh AUTH=key) the endpoint's key goes in every request.
local key = os.getenv("SCORE_KEY")
if key and key ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. key
end
